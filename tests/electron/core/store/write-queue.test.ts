import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../../../electron/core/store/write-queue';

/** A write function whose calls are recorded and finished by hand. */
function controlledWriter() {
  const calls: { snapshot: number; finish: () => void; fail: (e: Error) => void }[] = [];
  let state = 0;
  const write = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ snapshot: state, finish: resolve, fail: reject });
    });
  return {
    calls,
    write,
    change() {
      state += 1;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteQueue', () => {
  it('gives a synchronous burst one write', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    const done = Array.from({ length: 100 }, () => {
      w.change();
      return queue.schedule();
    });
    await tick();
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]?.snapshot).toBe(100);
    w.calls[0]?.finish();
    await Promise.all(done);
    await tick();
    expect(w.calls).toHaveLength(1);
    expect(queue.dirty).toBe(false);
  });

  it('batches everything that arrives during a write into exactly one next write', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    w.change();
    const first = queue.schedule();
    await tick();
    expect(w.calls).toHaveLength(1);

    let laterSettled = 0;
    const later = Array.from({ length: 50 }, async () => {
      w.change();
      await queue.schedule();
      laterSettled += 1;
    });
    await tick();
    // Still one write in flight: nothing starts while it runs.
    expect(w.calls).toHaveLength(1);
    w.calls[0]?.finish();
    await first;
    await tick();
    expect(laterSettled).toBe(0);
    expect(w.calls).toHaveLength(2);
    expect(w.calls[1]?.snapshot).toBe(51);
    w.calls[1]?.finish();
    await Promise.all(later);
    expect(laterSettled).toBe(50);
    expect(w.calls).toHaveLength(2);
  });

  it('rejects the whole failed batch, records the error, and retries with the next write', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    const batch = [queue.schedule(), queue.schedule(), queue.schedule()];
    await tick();
    w.calls[0]?.fail(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    const results = await Promise.allSettled(batch);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(queue.lastError).toBe('ENOSPC: no space left on device, write');
    expect(queue.dirty).toBe(true);

    const next = queue.schedule();
    await tick();
    expect(w.calls).toHaveLength(2);
    w.calls[1]?.finish();
    await next;
    expect(queue.lastError).toBeNull();
    expect(queue.dirty).toBe(false);
  });

  it('flush waits for the write in flight and the queued one', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    void queue.schedule();
    await tick();
    void queue.schedule();
    let flushed = false;
    const flushing = queue.flush().then(() => {
      flushed = true;
    });
    w.calls[0]?.finish();
    await tick();
    expect(flushed).toBe(false);
    w.calls[1]?.finish();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('flush after a failed write retries it, and rejects if the retry fails too', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    const first = queue.schedule();
    await tick();
    w.calls[0]?.fail(new Error('EACCES: permission denied'));
    await expect(first).rejects.toThrow('EACCES');

    const flushing = queue.flush();
    await tick();
    expect(w.calls).toHaveLength(2);
    w.calls[1]?.fail(new Error('EACCES: permission denied'));
    await expect(flushing).rejects.toThrow('EACCES');

    const again = queue.flush();
    await tick();
    w.calls[2]?.finish();
    await again;
    expect(queue.dirty).toBe(false);
  });

  it('flush on an idle, clean queue writes nothing', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    await queue.flush();
    expect(w.calls).toHaveLength(0);
  });

  it('treats a write function that throws synchronously as a failed write', async () => {
    const queue = new WriteQueue(() => {
      throw new Error('boom');
    });
    await expect(queue.schedule()).rejects.toThrow('boom');
    expect(queue.lastError).toBe('boom');
  });
});

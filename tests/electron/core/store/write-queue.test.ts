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

  it('rejects the whole failed batch, records the error, and writes again for the next change', async () => {
    const w = controlledWriter();
    const failures: unknown[] = [];
    const queue = new WriteQueue(w.write, (error) => failures.push(error));
    const batch = [queue.schedule(), queue.schedule(), queue.schedule()];
    await tick();
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    w.calls[0]?.fail(enospc);
    const results = await Promise.allSettled(batch);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(queue.lastError).toBe('ENOSPC: no space left on device, write');
    expect(failures).toEqual([enospc]);

    const next = queue.schedule();
    await tick();
    expect(w.calls).toHaveLength(2);
    w.calls[1]?.finish();
    await next;
    expect(queue.lastError).toBeNull();
  });

  it('fails the batch queued behind a failed write with the same error, before the owner hears of anything else', async () => {
    const w = controlledWriter();
    const order: string[] = [];
    const queue = new WriteQueue(w.write, () => order.push('rolled back'));
    const first = queue.schedule();
    await tick();
    // Changes made while the first write runs: built on its changes.
    const second = [queue.schedule(), queue.schedule()];
    const eio = new Error('EIO: i/o error, fsync');
    for (const p of [first, ...second]) p.catch((e: Error) => order.push(`rejected ${e.message}`));
    w.calls[0]?.fail(eio);
    await expect(first).rejects.toBe(eio);
    for (const p of second) await expect(p).rejects.toBe(eio);
    expect(order[0]).toBe('rolled back');
    await tick();
    // The failed follow-up batch is not written.
    expect(w.calls).toHaveLength(1);
    // And the queue goes on.
    const third = queue.schedule();
    await tick();
    w.calls[1]?.finish();
    await third;
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

  it('flush rejects when a write it waits for fails, and writes nothing more after it', async () => {
    const w = controlledWriter();
    const queue = new WriteQueue(w.write);
    void queue.schedule().catch(() => undefined);
    await tick();
    const flushing = queue.flush();
    w.calls[0]?.fail(new Error('EACCES: permission denied'));
    await expect(flushing).rejects.toThrow('EACCES');
    // The failed changes were rolled back by the owner: nothing is left to write.
    await queue.flush();
    expect(w.calls).toHaveLength(1);
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

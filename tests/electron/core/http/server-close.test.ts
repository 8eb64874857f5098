import { describe, expect, it } from 'vitest';
import { invokeRaw, startTestServer } from './test-server';

describe('closing the headless server', () => {
  it('lets a call already in its handler finish and answer before the server (and then the store) closes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let finished = false;
    const t = await startTestServer({}, (handlers) => ({
      ...handlers,
      'app:info': async (input) => {
        entered();
        await gate;
        finished = true;
        return handlers['app:info'](input);
      },
    }));
    const answer = invokeRaw(t.port, { channel: 'app:info', input: {} });
    await inHandler;
    let closed = false;
    const closing = t.server.close().then(() => (closed = true));
    // Closing waits for the call; it must not cut the connection under it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    const res = await answer;
    await closing;
    expect(finished).toBe(true);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'headless' } });
    await t.close();
  });
});

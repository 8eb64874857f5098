import { describe, expect, it } from 'vitest';
import { channels, contract, isChannel as contractIsChannel } from '../../../shared/ipc/contract';
import { channelNames, isChannel } from '../../../shared/ipc/names';

// shared/ipc/names.ts is the zod-free copy of the channel list the preload uses. The compiler
// already checks it against the contract (`satisfies Record<Channel, true>`); this checks the
// runtime values too, in case someone casts around the type.
describe('shared/ipc/names', () => {
  it('lists exactly the contract channels', () => {
    expect([...channelNames].sort()).toEqual([...channels].sort());
    expect(new Set(channelNames).size).toBe(channelNames.length);
  });

  it('accepts every contract channel and nothing else', () => {
    for (const name of Object.keys(contract)) expect(isChannel(name)).toBe(true);
    for (const name of ['', 'jobs', 'jobs:', 'jobs:drop', 'constructor', '__proto__', 'hasOwnProperty', undefined, 1]) {
      expect(isChannel(name)).toBe(false);
    }
  });

  it('is the same check the contract exports', () => {
    expect(contractIsChannel).toBe(isChannel);
  });
});

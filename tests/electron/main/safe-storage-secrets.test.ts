/** The desktop app's password store with a fake safeStorage: ciphertext on disk, refused without a keychain. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorageSecrets } from '../../../electron/main/platform/safe-storage-secrets';
import type { SafeStorageLike } from '../../../electron/main/platform/safe-storage-secrets';

/** Reversible but visibly not the plain text, like the real thing. */
function fakeSafeStorage(opts: { available?: boolean; backend?: string } = {}) {
  const fake = {
    available: opts.available ?? true,
    backend: opts.backend ?? 'gnome_libsecret',
    isEncryptionAvailable: () => fake.available,
    encryptString: (plain: string) => Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('base64')}`),
    decryptString: (data: Buffer) => Buffer.from(data.toString().slice(4), 'base64').toString('utf8'),
    getSelectedStorageBackend: () => fake.backend,
  };
  return fake;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safe-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('safeStorage secret store (desktop app)', () => {
  it('stores only the encrypted password, in a file only the user can read, and decrypts it back', async () => {
    const kept: string[] = [];
    const store = createSafeStorageSecrets({ safeStorage: fakeSafeStorage() as unknown as SafeStorageLike, dir, platform: 'linux', keepSecret: (v) => kept.push(v) });
    await store.set('smtp-password', 'hunter2-hunter2');
    const onDisk = await readFile(join(dir, 'smtp-password.enc'));
    expect(onDisk.toString()).not.toContain('hunter2');
    if (process.platform !== 'win32') expect((await stat(join(dir, 'smtp-password.enc'))).mode & 0o777).toBe(0o600);
    expect(await store.get('smtp-password')).toBe('hunter2-hunter2');
    // The log file's scrubber learns it, so no log line can ever carry it.
    expect(kept).toEqual(['hunter2-hunter2', 'hunter2-hunter2']);
    expect(store.info()).toEqual({ available: true, where: 'the OS keychain (Electron safeStorage)' });
    await store.delete('smtp-password');
    expect(await store.get('smtp-password')).toBeNull();
  });

  it('refuses to store when the OS has no keychain', async () => {
    const store = createSafeStorageSecrets({ safeStorage: fakeSafeStorage({ available: false }) as unknown as SafeStorageLike, dir, platform: 'darwin' });
    await expect(store.set('smtp-password', 'x')).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('no keychain') });
    expect(store.info()).toMatchObject({ available: false });
  });

  it('on Linux, refuses the hard-coded-key fallback (basic_text) instead of pretending to protect the password', async () => {
    const fake = fakeSafeStorage({ backend: 'basic_text' });
    const store = createSafeStorageSecrets({ safeStorage: fake as unknown as SafeStorageLike, dir, platform: 'linux' });
    await expect(store.set('smtp-password', 'x')).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('GNOME Keyring or KWallet') });
    expect(store.info()).toMatchObject({ available: false, problem: expect.stringContaining('No keychain') });
    await expect(readFile(join(dir, 'smtp-password.enc'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

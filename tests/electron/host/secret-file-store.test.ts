/** The headless host's password file: only its user may read it, and a loosened file is refused. */
import { chmod, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../../electron/host/secret-file-store';

const posix = process.platform !== 'win32';
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'secrets-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('file secret store (headless host)', () => {
  it('writes the password to a 0600 file in a 0700 folder, reads it back, and deletes it', async () => {
    const dir = join(root, 'secrets');
    const kept: string[] = [];
    const store = createFileSecretStore(dir, (value) => kept.push(value));
    expect(await store.get('smtp-password')).toBeNull();
    await store.set('smtp-password', 'p@ss wörd');
    expect(await store.get('smtp-password')).toBe('p@ss wörd');
    // Handed to the log file's scrubber, written and read alike.
    expect(kept).toEqual(['p@ss wörd', 'p@ss wörd']);
    expect(await readdir(dir)).toEqual(['smtp-password']);
    if (posix) {
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
      expect((await stat(join(dir, 'smtp-password'))).mode & 0o777).toBe(0o600);
    }
    await store.set('smtp-password', 'second');
    expect(await readFile(join(dir, 'smtp-password'), 'utf8')).toBe('second');
    await store.delete('smtp-password');
    expect(await store.get('smtp-password')).toBeNull();
    expect(store.info()).toMatchObject({ available: true });
  });

  it.skipIf(!posix)('refuses a file other users can read, with what to do', async () => {
    const store = createFileSecretStore(root);
    await store.set('smtp-password', 'secret');
    await chmod(join(root, 'smtp-password'), 0o644);
    await expect(store.get('smtp-password')).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/can be read by other users \(mode 644\).*enter the password again/) });
  });

  it.skipIf(!posix)('refuses a symbolic link in place of the file', async () => {
    await writeFile(join(root, 'elsewhere'), 'secret', { mode: 0o600 });
    await symlink(join(root, 'elsewhere'), join(root, 'smtp-password'));
    await expect(createFileSecretStore(root).get('smtp-password')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

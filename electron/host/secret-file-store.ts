/**
 * The headless host's secret store: each secret is a file in `<data folder>/secrets/` that only
 * the user running the host can read (folder 0700, file 0600, like ~/.ssh). Plain Node has no OS
 * keychain to ask, so the file system's permissions are the protection; a file someone has made
 * readable to others is refused instead of used.
 */
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { KeepSecret, SecretName, SecretStore } from '../core/ports';
import { readPrivateFile, removePrivateFile, UnsafeSecretFileError, writePrivateFile } from '../core/secrets/private-file';

export function createFileSecretStore(dir: string, keepSecret: KeepSecret = () => {}): SecretStore {
  const pathOf = (name: SecretName) => join(dir, name);
  return {
    info: () => ({ available: true, where: `a file only you can read (${join(dir, '…')})` }),
    async get(name) {
      try {
        const data = await readPrivateFile(pathOf(name));
        if (data === null) return null;
        const value = data.toString('utf8');
        keepSecret(value);
        return value;
      } catch (error) {
        // Said to the dispatcher as a failed send ("password-unavailable"), with what to do.
        if (error instanceof UnsafeSecretFileError) throw new AppError('FORBIDDEN', error.message);
        throw error;
      }
    },
    set: (name, value) => {
      keepSecret(value);
      return writePrivateFile(pathOf(name), value);
    },
    delete: (name) => removePrivateFile(pathOf(name)),
  };
}

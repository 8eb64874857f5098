/**
 * The desktop app's secret store: each secret is encrypted with Electron's `safeStorage` (the OS
 * keychain: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) and the
 * ciphertext kept in `<userData>/secrets/<name>.enc`, readable only by the user. Where the OS
 * offers no keychain (Linux without one falls back to a hard-coded key, `basic_text`), nothing is
 * stored: a password "protected" by a key in every copy of Chromium is not protected.
 */
import type { SafeStorage } from 'electron';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { KeepSecret, SecretName, SecretStore } from '../../core/ports';
import { readPrivateFile, removePrivateFile, UnsafeSecretFileError, writePrivateFile } from '../../core/secrets/private-file';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  /** Linux only in Electron; absent elsewhere. */
  getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend'];
};

function unavailableReason(safeStorage: SafeStorageLike, platform: NodeJS.Platform): string | null {
  if (!safeStorage.isEncryptionAvailable()) return 'The operating system offers no keychain to protect the password.';
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
    return 'No keychain (GNOME Keyring or KWallet) is running, so the password could not be protected. Start one and restart the app.';
  }
  return null;
}

export function createSafeStorageSecrets(opts: { safeStorage: SafeStorageLike; dir: string; platform?: NodeJS.Platform; keepSecret?: KeepSecret }): SecretStore {
  const keepSecret = opts.keepSecret ?? (() => {});
  const { safeStorage, dir } = opts;
  const platform = opts.platform ?? process.platform;
  const pathOf = (name: SecretName) => join(dir, `${name}.enc`);
  // Asked each time: on Linux the keychain may only become available after the app is ready.
  const problem = () => unavailableReason(safeStorage, platform);
  return {
    info() {
      const why = problem();
      return why ? { available: false, where: 'the OS keychain (not available)', problem: why } : { available: true, where: 'the OS keychain (Electron safeStorage)' };
    },
    async get(name) {
      let data: Buffer | null;
      try {
        data = await readPrivateFile(pathOf(name));
      } catch (error) {
        if (error instanceof UnsafeSecretFileError) throw new AppError('FORBIDDEN', error.message);
        throw error;
      }
      if (data === null) return null;
      const why = problem();
      if (why) throw new AppError('FORBIDDEN', why);
      const value = safeStorage.decryptString(data);
      keepSecret(value);
      return value;
    },
    async set(name, value) {
      const why = problem();
      if (why) throw new AppError('FORBIDDEN', `The password was not saved. ${why}`);
      keepSecret(value);
      await writePrivateFile(pathOf(name), safeStorage.encryptString(value));
    },
    delete: (name) => removePrivateFile(pathOf(name)),
  };
}

/** A secret store in memory, for service tests: what was set, and a switch to make it unavailable. */
import { AppError } from '../../../../shared/ipc/result';
import type { SecretName, SecretStore } from '../../../../electron/core/ports';

export function memorySecrets(): SecretStore & { values: Map<SecretName, string>; failReads: boolean } {
  const values = new Map<SecretName, string>();
  const store = {
    values,
    failReads: false,
    info: () => ({ available: true, where: 'memory' }),
    get: async (name: SecretName) => {
      if (store.failReads) throw new AppError('FORBIDDEN', 'The password file can be read by other users; it was not used.');
      return values.get(name) ?? null;
    },
    set: async (name: SecretName, value: string) => void values.set(name, value),
    delete: async (name: SecretName) => void values.delete(name),
  };
  return store;
}

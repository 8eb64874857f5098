/**
 * What the crash tests that kill a whole core share: the core bundled once for the worker
 * processes, one data folder reused round after round, and a random pause before the kill.
 */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildStoreBundle, type StoreBundle } from './store-bundle';
import { tempDir } from './test-doc';

export type CoreCrashFixture = {
  /** The bundled core the worker runs (built before the tests). */
  readonly bundleFile: string;
  /** The data folder every round opens again. */
  readonly dir: string;
  /** Wait a random time in [min, max) ms, so each kill lands at a different moment. */
  pauseBetween(window: { min: number; max: number }): Promise<void>;
};

/** Registers the set-up and clean-up hooks of the calling test file. */
export function useCoreCrashFixture(): CoreCrashFixture {
  let bundle: StoreBundle | undefined;
  let folder: { dir: string; cleanup: () => Promise<void> } | undefined;
  beforeAll(async () => {
    bundle = await buildStoreBundle(join(import.meta.dirname, 'core-bundle-entry.ts'));
    folder = await tempDir();
  });
  afterAll(async () => {
    await folder?.cleanup();
    await bundle?.cleanup();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the crash fixture is used before its beforeAll ran');
    return value;
  };
  return {
    get bundleFile() {
      return ready(bundle).file;
    },
    get dir() {
      return ready(folder).dir;
    },
    pauseBetween: ({ min, max }) => new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min))),
  };
}

/**
 * The browser transport (renderer/src/api/http-bridge.ts) bundled on its own as a classic script
 * that defines `window.__httpBridge`. Tests evaluate it in a page of the host's origin to exercise
 * the real transport code without depending on the UI built on top of it.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Rolldown } from 'vite';

const ENTRY = fileURLToPath(new URL('../../renderer/src/api/http-bridge.ts', import.meta.url));

let bundle: Promise<string> | null = null;

/** The bundle's source (built once per worker). */
export function httpBridgeBundle(): Promise<string> {
  bundle ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: ENTRY, formats: ['iife'], name: '__httpBridge', fileName: 'http-bridge' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling http-bridge.ts produced no script.');
    return chunk.code;
  })();
  return bundle;
}

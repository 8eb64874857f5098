// Child process for the lock tests: opens a store on a folder and holds it.
//   node lock-holder.mjs <bundle.mjs> <dataDir>
// Prints `ready <pid>` once open, or `locked <message>` (exit 2) if the folder is in use.
// On the line `close` from stdin it closes the store, prints `closed` and exits 0.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { idsOptions } from './ids-doc.mjs';

const [bundle, dir] = process.argv.slice(2);
const { openStore, StoreLockedError } = await import(pathToFileURL(bundle).href);

let store;
try {
  store = await openStore(idsOptions(dir));
} catch (error) {
  if (error instanceof StoreLockedError) {
    process.stdout.write(`locked ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
process.stdout.write(`ready ${process.pid}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'close') {
    await store.close();
    process.stdout.write('closed\n');
    process.exit(0);
  }
}

// Child process for the crash test: a writer that is SIGKILLed at a random moment.
//   node crash-worker.mjs <bundle.mjs> <dataDir> <round>
// Prints `ready <recovery-json> <idsAtOpen>` once the store is open, then mutates without pause.
// Each mutation appends a unique id; only after its promise resolves is `a <id>` printed.
// `w` is printed after each completed snapshot (the journal is folded in every 8 records, so a
// round goes through many rotations and the kill can land in any step of one).
// Writes to a pipe are synchronous on Linux and macOS, so an ack that was printed reached the parent
// even if the process is killed right after.
import { pathToFileURL } from 'node:url';
import { idsOptions } from './ids-doc.mjs';

const [bundle, dir, round] = process.argv.slice(2);
const { openStore, DurableJsonFile } = await import(pathToFileURL(bundle).href);

const originalWrite = DurableJsonFile.prototype.write;
DurableJsonFile.prototype.write = function countedWrite(data) {
  return originalWrite.call(this, data).then(() => {
    process.stdout.write('w\n');
  });
};

const store = await openStore(idsOptions(dir, 8));
process.stdout.write(`ready ${JSON.stringify(store.status().recovery)} ${store.read().ids.length}\n`);

let next = 0;
let outstanding = 0;
const MAX_OUTSTANDING = 64;

function burst() {
  // A handful of mutations per turn of the event loop: many land while a write is in flight, so
  // every write carries a batch and the kill can hit any stage of a write.
  const count = 1 + Math.floor(Math.random() * 3);
  for (let i = 0; i < count && outstanding < MAX_OUTSTANDING; i++) {
    const id = `r${round}-${next++}`;
    outstanding += 1;
    store
      .mutate((doc) => {
        doc.ids.push(id);
      })
      .then(
        () => {
          outstanding -= 1;
          process.stdout.write(`a ${id}\n`);
        },
        (error) => {
          process.stdout.write(`error ${error.message}\n`);
          process.exit(3);
        },
      );
  }
  setImmediate(burst);
}
burst();

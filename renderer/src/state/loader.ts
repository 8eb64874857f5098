/**
 * Runs one kind of fetch at a time and coalesces bursts: a request made while one is in flight
 * marks the data stale and triggers exactly one more fetch when the current one ends. A burst of
 * 50 `jobs:changed` events therefore costs two `queue:list` calls, not 50, and responses can never
 * arrive out of order.
 */
export type Loader = { run(): Promise<void> };

export function createLoader(fetchOnce: () => Promise<void>): Loader {
  let inFlight: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      await fetchOnce();
    } while (again);
  };
  return {
    run() {
      if (inFlight) {
        again = true;
        return inFlight;
      }
      inFlight = loop().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}

/**
 * Moving a whole shop from one store to another (the local file into a shared database, or a
 * shared database out into a new data folder), all or nothing: the destination must be empty; the
 * copy is written and read back inside one transaction; the two sides are compared record by
 * record (counts and a SHA-256 of each record's canonical JSON); only a copy that matches is
 * committed, and only then is this computer switched over. The source is never changed or deleted.
 */
import { compareDigests, describeDifference, digestShop } from './shop-records';
import type { KindCount, ShopSnapshot } from './shop-records';

/** One open transaction on the destination. Throwing out of `ShopDestination.transaction` undoes it all. */
export type ShopWriteTransaction = {
  /** True when the destination holds no shop data at all. */
  isEmpty(): Promise<boolean>;
  /** Write every record of `shop`. */
  write(shop: ShopSnapshot): Promise<void>;
  /** Read back what this transaction holds, as the destination will serve it. */
  readBack(): Promise<ShopSnapshot>;
};

/** Where a shop is copied to: a PostgreSQL database, or a new local data folder. */
export type ShopDestination = {
  /** "dispatch@db.shop.lan:5432/dispatch (TLS require)" or a folder path: never a password. */
  describe(): string;
  /** Run `work` in one transaction: committed if it resolves, rolled back (nothing left) if it throws. */
  transaction<R>(work: (tx: ShopWriteTransaction) => Promise<R>): Promise<R>;
};

export type ShopMoveReport = {
  destination: string;
  records: number;
  counts: KindCount[];
  /** SHA-256 over every record's key and hash, equal on both sides. */
  checksum: string;
};

/** Why a move was refused or undone, in words a shop owner can act on. */
export class ShopMoveError extends Error {
  constructor(
    readonly reason: 'not-empty' | 'mismatch' | 'failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ShopMoveError';
  }
}

/**
 * Copy `source` into `destination` and verify it; `switchTo` runs only after the verified copy is
 * committed (it points this computer at the destination). Throws `ShopMoveError` and leaves the
 * destination as it was when anything fails before the commit.
 */
export async function moveShop(opts: {
  source: ShopSnapshot;
  destination: ShopDestination;
  switchTo: () => Promise<void>;
}): Promise<ShopMoveReport> {
  const { source, destination } = opts;
  const where = destination.describe();
  const sourceDigest = digestShop(source);
  let report: ShopMoveReport;
  try {
    report = await destination.transaction(async (tx) => {
      if (!(await tx.isEmpty())) {
        throw new ShopMoveError(
          'not-empty',
          `${where} already holds shop data. Nothing was copied: a move only goes into an empty database or folder, so no one's work is overwritten. Create a new, empty one and try again.`,
        );
      }
      await tx.write(source);
      const diff = compareDigests(sourceDigest, digestShop(await tx.readBack()));
      if (!diff.same) {
        throw new ShopMoveError('mismatch', `The copy in ${where} did not match this shop (${describeDifference(diff)}). Nothing was kept there; this computer still uses its own data.`);
      }
      return { destination: where, records: diff.records, counts: diff.counts, checksum: diff.checksum };
    });
  } catch (error) {
    if (error instanceof ShopMoveError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ShopMoveError('failed', `Copying the shop to ${where} failed (${detail}). Nothing was kept there; this computer still uses its own data.`, { cause: error });
  }
  await opts.switchTo();
  return report;
}

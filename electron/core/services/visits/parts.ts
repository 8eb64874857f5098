/** The shop's parts list: what the close-out picks from, with the price charged per unit. */
import type { Part } from '../../../../shared/schemas/visit';
import type { PartsSet } from '../../../../shared/schemas/visit-inputs';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { byKeys } from '../records';

export type PartsService = ReturnType<typeof createPartsService>;

const byName = byKeys<Part>((p) => p.name);

export function createPartsService(ctx: ServiceContext) {
  const list = (): Part[] => [...ctx.store.read().parts].sort(byName);
  return {
    /** The parts list by name. */
    list,

    /**
     * Replace the parts list with the one edited in settings; a part without an id is new. Visits
     * already recorded keep the name and price they were entered with, so removing or repricing a
     * part never changes recorded work.
     */
    set(input: PartsSet): Promise<Part[]> {
      const next = input.parts.map((p) => ({ id: p.id ?? ctx.newId(), name: p.name, unitPriceMinor: p.unitPriceMinor })).sort(byName);
      if (JSON.stringify(next) === JSON.stringify(list())) return Promise.resolve(next);
      return commit(
        ctx,
        (doc) => {
          doc.parts = next;
          return next;
        },
        // The parts list is part of the shop's settings for every open view.
        (_, revision) => ctx.events.publish('settings:changed', { revision }),
      );
    },
  };
}

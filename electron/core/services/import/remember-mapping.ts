/**
 * Remember a column mapping the user confirmed, so the next file with the same header row (the
 * same tool's export) imports without the mapping step. One entry per kind and header layout;
 * the newest replaces an older one and the oldest go once there are too many.
 */
import { sameLayout } from '../../../../shared/import/choices';
import type { ImportMappingInput, SavedImportMapping } from '../../../../shared/schemas/import-mapping';
import { MAX_SAVED_IMPORT_MAPPINGS } from '../../../../shared/schemas/import-mapping';
import type { Settings } from '../../../../shared/schemas/settings';
import { commit } from '../commit';
import type { ServiceContext } from '../context';

export function rememberMapping(ctx: ServiceContext, mapping: ImportMappingInput): Promise<Settings> {
  const saved: SavedImportMapping = { ...mapping, savedAt: ctx.clock.now().toISOString() };
  return commit(
    ctx,
    (doc) => {
      const others = doc.settings.importMappings.filter((m) => !sameLayout(m, saved));
      doc.settings.importMappings = [...others, saved].slice(-MAX_SAVED_IMPORT_MAPPINGS);
      return doc.settings;
    },
    (_, revision) => ctx.events.publish('settings:changed', { revision }),
  );
}

/** Shop settings: time zone, board hours, overlap policy, paper size, the sample offer. */
import type { SettingsPatch } from '../../../../shared/schemas/inputs';
import { SettingsSchema } from '../../../../shared/schemas/settings';
import type { Settings } from '../../../../shared/schemas/settings';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { badInput, parseRecord } from '../errors';
import { withIntakeToken } from '../intake/intake-token';

export type SettingsService = ReturnType<typeof createSettingsService>;

/** Checks the schema cannot make on its own: a zone this runtime knows, a day that ends after it starts. */
function checkSettings(settings: Settings): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: settings.timeZone });
  } catch {
    throw badInput(`Unknown time zone "${settings.timeZone}". Use a name such as Europe/London.`, [
      { path: 'timeZone', message: 'unknown time zone' },
    ]);
  }
  if (settings.dayEnd <= settings.dayStart) {
    throw badInput('The board day must end after it starts.', [{ path: 'dayEnd', message: 'must be after dayStart' }]);
  }
}

function merged(current: Settings, patch: SettingsPatch): Settings | null {
  const defined = Object.entries(patch).filter(([, v]) => v !== undefined);
  const record = current as Record<string, unknown>;
  if (defined.every(([k, v]) => record[k] === v)) return null;
  // Intake: turning intake on for the first time generates its token.
  const next = withIntakeToken(parseRecord(SettingsSchema, { ...current, ...Object.fromEntries(defined) }, 'settings'));
  checkSettings(next);
  return next;
}

export function createSettingsService(ctx: ServiceContext) {
  function set(patch: SettingsPatch): Promise<Settings> {
    const current = ctx.store.read().settings;
    if (merged(current, patch) === null) return Promise.resolve(current);
    return commit(
      ctx,
      (doc) => {
        const next = merged(doc.settings, patch) ?? doc.settings;
        doc.settings = next;
        return next;
      },
      (_, revision) => ctx.events.publish('settings:changed', { revision }),
    );
  }

  return {
    get(): Settings {
      return ctx.store.read().settings;
    },

    /**
     * Apply a patch, validated as a whole (BAD_INPUT for an unknown time zone or a day that ends
     * before it starts). Changing the time zone does not move stored instants or due times.
     */
    set,

    /** The user declined the sample shop: do not offer it again. */
    dismissSample(): Promise<Settings> {
      return set({ sampleOffered: true });
    },
  };
}

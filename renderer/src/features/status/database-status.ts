import type { StoreStatus } from '../../../../shared/ipc/outputs';

export type StatusWords = { tone: 'ok' | 'busy' | 'error'; text: string; detail: string };

/** The header's words for the shared database's connection, with this desk's name when it has one. */
export function databaseStatusWords(status: Pick<StoreStatus, 'connection' | 'dataFile' | 'lastWriteError'>, desk: string): StatusWords {
  if (status.connection === 'reconnecting') {
    return { tone: 'busy', text: 'Reconnecting…', detail: 'The connection to the shared database dropped. Changes are refused until it is back; it retries on its own.' };
  }
  if (status.connection === 'unreachable') {
    return {
      tone: 'error',
      text: 'Database unreachable — changes are not being saved',
      detail: `The shared database (${status.dataFile}) cannot be reached. Nothing you change now is saved; the board catches up once it is back.`,
    };
  }
  if (status.lastWriteError) return { tone: 'error', text: 'Not saved', detail: `The last change could not be saved: ${status.lastWriteError}` };
  return { tone: 'ok', text: desk ? `Shared database · ${desk}` : 'Shared database', detail: `All changes are saved in the shared database ${status.dataFile}` };
}

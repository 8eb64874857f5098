import { describe, expect, it } from 'vitest';
import { databaseStatusWords } from '../../../../renderer/src/features/status/database-status';

const base = { dataFile: 'postgres://dispatch@db.shop.lan:5432/dispatch', lastWriteError: null };

describe('the header on the shared database', () => {
  it('names the desk while connected', () => {
    expect(databaseStatusWords({ ...base, connection: 'connected' }, 'desk 2')).toMatchObject({ tone: 'ok', text: 'Shared database · desk 2' });
    expect(databaseStatusWords({ ...base, connection: 'connected' }, '')).toMatchObject({ text: 'Shared database' });
  });

  it('says reconnecting, then that nothing is being saved', () => {
    expect(databaseStatusWords({ ...base, connection: 'reconnecting' }, 'desk 2')).toMatchObject({ tone: 'busy', text: 'Reconnecting…' });
    expect(databaseStatusWords({ ...base, connection: 'unreachable' }, 'desk 2')).toMatchObject({
      tone: 'error',
      text: 'Database unreachable — changes are not being saved',
    });
  });
});

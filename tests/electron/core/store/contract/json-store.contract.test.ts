/** The store contract against the data file (lowdb-style JSON document with its journal). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../../../../shared/migrations/index';
import { CURRENT_SCHEMA_VERSION, emptyDocument, validateDocument, type DispatchDocument } from '../../../../../shared/schemas/document';
import { openStore } from '../../../../../electron/core/store/open-store';
import { describeStoreContract } from './store-contract';

describeStoreContract({
  name: 'data file',
  fresh: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-contract-'));
    return {
      shared: false,
      open: () =>
        openStore<DispatchDocument>({
          dir,
          currentVersion: CURRENT_SCHEMA_VERSION,
          migrations,
          validate: validateDocument,
          empty: () => emptyDocument('UTC'),
          onWarning: () => undefined,
        }),
      seedOld: (raw) => writeFile(join(dir, 'dispatch.json'), JSON.stringify(raw)),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  },
});

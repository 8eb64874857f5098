/** What the archive crash worker needs, bundled into one ES module (see archive-bundle.ts). */
export { openStore } from '../../../../../electron/core/store/open-store';
export { ArchiveFiles } from '../../../../../electron/core/archive/archive-files';
export { ArchiveIndex } from '../../../../../electron/core/archive/archive-index';
export { Archiver } from '../../../../../electron/core/archive/archiver';
export { migrations } from '../../../../../shared/migrations/index';
export { CURRENT_SCHEMA_VERSION, emptyDocument, validateDocument } from '../../../../../shared/schemas/document';
export { makeJob } from '../../../../support/factories';

/**
 * Saving a file the dispatcher asked for (a technician's `.ics` export): the system save dialog,
 * over the console window, then a write. The core builds the content; this only asks where.
 */
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import { extname } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { FileSaver, FileToSave, Logger } from '../../core/ports';

export type ElectronFileSaverDeps = {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to, if any. */
  parentWindow(): BrowserWindow | null;
  /** Where the dialog starts, e.g. ~/Documents. */
  defaultDir(): string;
  /** Joins the folder and the suggested name (node:path's join in the app). */
  join(dir: string, name: string): string;
  writeFile(path: string, content: string): Promise<void>;
  log: Logger;
};

export function createElectronFileSaver(deps: ElectronFileSaverDeps): FileSaver {
  return {
    async save(file: FileToSave) {
      const options: SaveDialogOptions = {
        title: file.title,
        defaultPath: deps.join(deps.defaultDir(), file.fileName),
        filters: [file.filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = deps.parentWindow();
      const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
      // Some Linux dialogs return the typed name without the filter's extension.
      const extension = file.filter.extensions[0];
      const filePath = extension && extname(choice.filePath) === '' ? `${choice.filePath}.${extension}` : choice.filePath;
      try {
        await deps.writeFile(filePath, file.content);
      } catch (error) {
        deps.log.error(`Could not write ${filePath}`, error);
        throw new AppError('INTERNAL', `The file could not be saved to ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { outcome: 'saved', filePath };
    },
  };
}

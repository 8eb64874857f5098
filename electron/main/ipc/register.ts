/**
 * The only file that imports `ipcMain` (enforced by eslint.config.js). One `ipcMain.handle` per
 * contract channel, each checking the sender before `dispatch()` parses the input and runs the
 * handler; answers are always `Result` data, never thrown errors (Electron would keep only the
 * message of a thrown error).
 */
import { ipcMain as electronIpcMain } from 'electron';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Logger } from '../../core/ports';
import { channels } from '../../../shared/ipc/contract';
import type { Channel } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { fail } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';

/** The part of `ipcMain` registration uses. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

export type RegisterIpcOptions = {
  /** Defaults to Electron's `ipcMain`; tests pass a fake. */
  ipcMain?: IpcMainLike;
  handlers: Handlers;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  log: Logger;
};

export type IpcRegistration = {
  /** The channels that got a handler (all of the contract's). */
  channels: readonly Channel[];
  /** Remove every handler this registration added. */
  unregister(): void;
};

/**
 * Register one handler per contract channel. The list comes from the contract object itself, so
 * a new channel is served (and, through `Handlers`, must be implemented) without touching this file.
 */
export function registerIpc(opts: RegisterIpcOptions): IpcRegistration {
  const ipc = opts.ipcMain ?? electronIpcMain;
  const registered: Channel[] = [];
  const dispatchLog = (message: string, error: unknown) => opts.log.error(message, error);

  for (const channel of channels) {
    ipc.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrusted(opts.isTrustedSender, event)) {
        opts.log.warn(`Refused IPC call ${channel} from an untrusted sender (${describeSender(event)}).`);
        return fail('FORBIDDEN', `This window may not call ${channel}.`);
      }
      return dispatch(opts.handlers, channel, input, dispatchLog);
    });
    registered.push(channel);
  }

  return {
    channels: registered,
    unregister() {
      for (const channel of registered.splice(0)) ipc.removeHandler(channel);
    },
  };
}

/** A throwing check (e.g. a destroyed webContents) counts as "not trusted", never as a crash. */
function isTrusted(check: (event: IpcMainInvokeEvent) => boolean, event: IpcMainInvokeEvent): boolean {
  try {
    return check(event) === true;
  } catch {
    return false;
  }
}

function describeSender(event: IpcMainInvokeEvent): string {
  try {
    const url = event.senderFrame?.url ?? 'no frame';
    return `webContents ${event.sender?.id ?? '?'}, ${url.slice(0, 120)}`;
  } catch {
    return 'unknown';
  }
}

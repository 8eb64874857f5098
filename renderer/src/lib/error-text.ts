import type { AppErrorData } from '../../../shared/ipc/result';

/**
 * What the dispatcher reads when a call fails, chosen by the stable error code (never by parsing
 * the message). `action` names what they were doing: "Loading the queue", "Restoring the backup".
 */
export function describeError(action: string, error: AppErrorData): string {
  switch (error.code) {
    case 'BAD_INPUT':
      return `${action} failed: the request was not accepted. ${error.message}`;
    case 'NOT_FOUND':
      return `${action} failed: the record no longer exists (someone else may have removed it).`;
    case 'CONFLICT':
      return `${action} failed: ${error.message}`;
    case 'FORBIDDEN':
      return `${action} failed: the host refused the request. Reopen the console from its host.`;
    case 'INTERNAL':
    default:
      // The host's INTERNAL messages are written to be shown ("…The change was not saved.").
      return `${action} failed. ${error.message}`;
  }
}

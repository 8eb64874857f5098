import type { Bridge } from '../../../shared/ipc/bridge';

// Placeholder: the headless transport (HTTP invoke + WebSocket events) is being written.
export function createHttpBridge(_location: Location): Bridge {
  throw new Error('not yet');
}

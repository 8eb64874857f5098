import { useContext, useSyncExternalStore } from 'react';
import type { ConsoleState, ConsoleStore } from './console-store';
import { NowContext, StoreContext } from './contexts';

export function useConsoleStore(): ConsoleStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useConsoleStore must be used inside <ConsoleProvider>.');
  return store;
}

/**
 * Read one slice of the console state. The selector must return something already in the state
 * (not a new object), or React would see a change on every read.
 */
export function useConsoleState<T>(select: (state: ConsoleState) => T): T {
  const store = useConsoleStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** The shared clock, advanced every 30 s. */
export function useNow(): number {
  return useContext(NowContext);
}

import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { ConsoleStore } from './console-store';
import { NowContext, StoreContext } from './contexts';

/** SLA clocks count minutes; 30 s keeps them at most half a minute behind. */
export const NOW_TICK_MS = 30_000;

/** Provides the store (started on mount, stopped on unmount) and the single shared clock. */
export function ConsoleProvider({ store, children }: { store: ConsoleStore; children: ReactNode }) {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => store.start(), [store]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), NOW_TICK_MS);
    // A laptop waking from sleep should not show clocks from before it slept for 30 s.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  return (
    <StoreContext.Provider value={store}>
      <NowContext.Provider value={now}>{children}</NowContext.Provider>
    </StoreContext.Provider>
  );
}

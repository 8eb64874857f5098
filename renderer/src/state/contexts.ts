import { createContext } from 'react';
import type { ConsoleStore } from './console-store';

/** The console store; provided once by `ConsoleProvider`. */
export const StoreContext = createContext<ConsoleStore | null>(null);

/**
 * The one shared "now" (epoch ms) that SLA clocks and time-left cells read. A single timer in
 * `ConsoleProvider` advances it, so 10,000 queue rows never mean 10,000 timers.
 */
export const NowContext = createContext<number>(0);

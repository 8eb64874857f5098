/**
 * What the core needs from the platform it runs on. Electron main and the headless host each
 * supply their own implementations; tests supply fakes. Nothing here may import `electron`.
 */
import type { EventMap, EventName } from '../../shared/ipc/events';

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
};

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m, e) => console.error(m, e ?? ''),
};

export type EventListener = <E extends EventName>(name: E, payload: EventMap[E]) => void;

/** Fan-out of push events to every connected view (Electron windows, browser sockets, tests). */
export type EventBus = {
  publish<E extends EventName>(name: E, payload: EventMap[E]): void;
  subscribe(listener: EventListener): () => void;
};

export function createEventBus(log: Logger = consoleLogger): EventBus {
  const listeners = new Set<EventListener>();
  return {
    publish(name, payload) {
      for (const listener of [...listeners]) {
        // One broken view must not stop the others from hearing about a committed change.
        try {
          listener(name, payload);
        } catch (error) {
          log.error(`Event listener for ${name} failed`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

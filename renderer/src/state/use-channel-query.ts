/**
 * A view's data that is one channel's answer (a billing period, a report), fetched again whenever
 * the host pushes one of `refreshOn`. One fetch at a time, bursts coalesced (loader.ts), so a storm
 * of changes costs at most one more call. The job cache (job-cache.ts) stays the owner of jobs;
 * this is for derived answers the host computes.
 */
import { useEffect, useState } from 'react';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/events';
import { invoke, on } from '../api/client';
import { describeError } from '../lib/error-text';
import { createLoader } from './loader';

export type Query<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: T };

/** `input` is compared by its JSON, so callers may build it inline; null waits (nothing is fetched). */
export function useChannelQuery<C extends Channel>(channel: C, input: Input<C> | null, what: string, refreshOn: readonly EventName[]): Query<Output<C>> {
  // Answers are kept with the input they answer, so a new input reads as loading until its own answer lands.
  const [state, setState] = useState<{ key: string; query: Query<Output<C>> } | null>(null);
  const key = input === null ? null : JSON.stringify(input);
  const events = refreshOn.join(' ');
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const loader = createLoader(async () => {
      const result = await invoke(channel, JSON.parse(key) as Input<C>);
      if (!live) return;
      setState({ key, query: result.ok ? { kind: 'ready', data: result.value } : { kind: 'error', message: describeError(what, result.error) } });
    });
    void loader.run();
    const stops = (events === '' ? [] : (events.split(' ') as EventName[])).map((event) => on(event, () => void loader.run()));
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [channel, key, what, events]);
  return state !== null && state.key === key ? state.query : { kind: 'loading' };
}

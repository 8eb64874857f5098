/**
 * A billing view's data: one channel's answer, fetched again whenever the host says billing, jobs
 * (visits closed out), clients (a contract) or settings (tax) changed. One fetch at a time, bursts
 * coalesced (state/loader.ts), so a close-out storm costs at most one more call.
 */
import { useEffect, useState } from 'react';
import type { Channel, Input, Output } from '../../../../shared/ipc/contract';
import { invoke, on } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { createLoader } from '../../state/loader';

export type Query<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: T };

const REFRESH_ON = ['billing:changed', 'jobs:changed', 'clients:changed', 'settings:changed', 'data:reset'] as const;

/** `input` is compared by its JSON, so callers may build it inline. */
export function useBillingQuery<C extends Channel>(channel: C, input: Input<C> | null, what: string): Query<Output<C>> {
  // Answers are kept with the input they answer, so a new input reads as loading until its own answer lands.
  const [state, setState] = useState<{ key: string; query: Query<Output<C>> } | null>(null);
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const loader = createLoader(async () => {
      const result = await invoke(channel, JSON.parse(key) as Input<C>);
      if (!live) return;
      setState({ key, query: result.ok ? { kind: 'ready', data: result.value } : { kind: 'error', message: describeError(what, result.error) } });
    });
    void loader.run();
    const stops = REFRESH_ON.map((event) => on(event, () => void loader.run()));
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [channel, key, what]);
  return state !== null && state.key === key ? state.query : { kind: 'loading' };
}

/**
 * A billing view's data: one channel's answer, fetched again whenever the host says billing, jobs
 * (visits closed out), clients (a contract) or settings (tax) changed.
 */
import type { Channel, Input, Output } from '../../../../shared/ipc/contract';
import { useChannelQuery } from '../../state/use-channel-query';
import type { Query } from '../../state/use-channel-query';

export type { Query };

const REFRESH_ON = ['billing:changed', 'jobs:changed', 'clients:changed', 'settings:changed', 'data:reset'] as const;

/** `input` is compared by its JSON, so callers may build it inline. */
export function useBillingQuery<C extends Channel>(channel: C, input: Input<C> | null, what: string): Query<Output<C>> {
  return useChannelQuery(channel, input, what, REFRESH_ON);
}

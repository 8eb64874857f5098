import { formatMinutes } from '../../../../shared/billing/money';
import { LEVEL_TEXT } from './BlockHours';
import { useBillingQuery } from './use-billing-query';
import './billing.css';

/**
 * In the job panel: a block-hours client whose prepaid hours are low or overdrawn is named before
 * the dispatcher books more work on it. Nothing is shown for other clients or a healthy balance.
 */
export function BlockHoursNotice({ clientId }: { clientId: string }) {
  const status = useBillingQuery('billing:status', { clientId }, 'Loading block hours');
  if (status.kind !== 'ready' || !status.data.block || status.data.block.level === 'ok') return null;
  const { balanceMinutes, level } = status.data.block;
  return (
    <p className={`block-notice block-notice--${level}`} role="status">
      Block hours: {formatMinutes(balanceMinutes)} left · {LEVEL_TEXT[level]}
    </p>
  );
}

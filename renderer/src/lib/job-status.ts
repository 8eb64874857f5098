import { statusLabel } from '../../../shared/domain/status';
import type { JobStatus } from '../../../shared/schemas/job';

/** A status as a label on its own ("On hold"); the wording itself comes from the domain. */
export function statusText(status: JobStatus): string {
  const words = statusLabel(status);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

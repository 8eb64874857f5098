/** The shared planner on the document (wired once the pure planner is merged). */
import { AppError } from '../../../../shared/ipc/result';
import type { PlanEngine } from './engine';

export const documentPlanEngine: PlanEngine = () => {
  throw new AppError('INTERNAL', 'The planner is not part of this build yet.');
};

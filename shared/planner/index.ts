/** The planner's public surface: build the input from the document, plan, and the first-come baseline. */
export { planQueue, planSteps } from './plan';
export { firstComePlan } from './first-come';
export { planInputFromDocument, defaultHorizon, whyFixed, type PlanRequest } from './from-document';
export { PRIORITY_WEIGHT, WEIGHTS } from './objective';
export type * from './types';

// `@phaseflow/ode/validation`: the argument checks behind every PhaseflowError, for the packages built on ode
// (gradient-flow) so that one set of rules and one message format serve them all. One name a line, as in index.ts.
export { describeValue } from './errors.ts';
export { invalidArgument } from './errors.ts';
export { invalidReturn } from './errors.ts';
export { checkOptions } from './validate.ts';
export { requireFinite } from './validate.ts';
export { requireFunction } from './validate.ts';
export { requireInRange } from './validate.ts';
export { requireInteger } from './validate.ts';
export { requirePositive } from './validate.ts';
export { toFiniteVector } from './validate.ts';

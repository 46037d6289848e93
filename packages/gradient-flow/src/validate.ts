// The argument checks are @phaseflow/ode's own (one set of rules, one message format for both packages); this
// module only gathers the ones this package uses, so its files import from one place.
export { checkOptions } from '@phaseflow/ode/validation';
export { describeValue } from '@phaseflow/ode/validation';
export { invalidArgument } from '@phaseflow/ode/validation';
export { invalidReturn } from '@phaseflow/ode/validation';
export { requireFinite } from '@phaseflow/ode/validation';
export { requireFunction } from '@phaseflow/ode/validation';
export { requireInRange } from '@phaseflow/ode/validation';
export { requireInteger } from '@phaseflow/ode/validation';
export { requirePositive } from '@phaseflow/ode/validation';
export { toFiniteVector } from '@phaseflow/ode/validation';

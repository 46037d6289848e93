// The entry point of `@phaseflow/ode/validation` (package.json "exports"), as index.ts is of `@phaseflow/ode`: the
// argument checks behind every PhaseflowError, for the packages built on ode (gradient-flow), so that one set of
// rules and one message format serve them all. The checks themselves live in validate.ts (used inside ode) and
// errors.ts (one builder per error code). One name a line, as in index.ts.
export { describeValue } from './errors.ts';
export { dimensionMismatch } from './errors.ts';
export { invalidArgument } from './errors.ts';
export { invalidReturn } from './errors.ts';
export { tooLarge } from './errors.ts';
export { unknownOption } from './errors.ts';
export { checkOptions } from './validate.ts';
export { requireFinite } from './validate.ts';
export { requireFunction } from './validate.ts';
export { requireInRange } from './validate.ts';
export { requireInteger } from './validate.ts';
export { requireLength } from './validate.ts';
export { requireNonNegative } from './validate.ts';
export { requirePositive } from './validate.ts';
export { toFiniteVector } from './validate.ts';

/** Longest formula text accepted, in characters. */
export const MAX_FORMULA_LENGTH = 1000;

/**
 * Deepest nesting accepted, counted in brackets and in levels of the parsed tree (a sum of n terms is n levels
 * deep), so no recursion in parsing, differentiating or evaluating can exhaust the stack.
 */
export const MAX_FORMULA_DEPTH = 200;

/**
 * The functions a formula may call, with the fewest and most arguments each takes. The list includes every
 * function mathjs's `derivative` writes into its results (sec, csch, …), so a derivative always compiles.
 */
export const FORMULA_FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ...['sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'asin', 'acos', 'atan', 'asec', 'acsc', 'acot'].map(unary),
  ...[
    'sinh',
    'cosh',
    'tanh',
    'sech',
    'csch',
    'coth',
    'asinh',
    'acosh',
    'atanh',
    'asech',
    'acsch',
    'acoth',
  ].map(unary),
  ...[
    'exp',
    'expm1',
    'log10',
    'log2',
    'log1p',
    'sqrt',
    'cbrt',
    'abs',
    'sign',
    'floor',
    'ceil',
    'square',
    'cube',
  ].map(unary),
  ['log', [1, 2]],
  ['atan2', [2, 2]],
  ['pow', [2, 2]],
  ['nthRoot', [2, 2]],
  ['mod', [2, 2]],
  ['min', [1, 16]],
  ['max', [1, 16]],
]);

function unary(name: string): [string, readonly [number, number]] {
  return [name, [1, 1]];
}

/** The named constants a formula may use. */
export const FORMULA_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
  ['tau', 2 * Math.PI],
  ['phi', (1 + Math.sqrt(5)) / 2],
]);

/** Binary and unary operators allowed anywhere (mathjs `fn` names). */
export const ARITHMETIC_OPERATORS: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
]);

/** Comparisons and logic, allowed only inside the condition of `c ? a : b`. */
export const CONDITION_OPERATORS: ReadonlySet<string> = new Set([
  'larger',
  'largerEq',
  'smaller',
  'smallerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
]);

/** What a parameter name looks like: a letter, then up to 15 letters or digits (`r`, `K`, `mu`, `k2`). */
export const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]{0,15}$/;

/** The state variables and time: never parameters, whatever a formula is parsed with. */
const RESERVED_NAMES: ReadonlySet<string> = new Set(['x', 'y', 't']);

/** Keys every object inherits (`constructor`, `toString`, …): never parameters, so no lookup can reach them. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether `name` may be a parameter of a formula of `variables`: it matches {@link PARAMETER_NAME} and is not a
 * state variable (x, y), t, one of the formula's variables, an allowed function, a constant or an
 * Object.prototype key.
 *
 * @example
 * ```ts
 * isParameterName('K', ['x']);      // true
 * isParameterName('sin', ['x']);    // false
 * ```
 */
export function isParameterName(name: string, variables: readonly string[]): boolean {
  if (typeof name !== 'string' || !Array.isArray(variables)) return false;
  return (
    PARAMETER_NAME.test(name) &&
    !RESERVED_NAMES.has(name) &&
    !variables.includes(name) &&
    !FORMULA_FUNCTIONS.has(name) &&
    !FORMULA_CONSTANTS.has(name) &&
    !PROTOTYPE_KEYS.has(name)
  );
}

/**
 * Largest derivative deriveFormula writes symbolically, in nodes of the tree (about 5 characters each). Past it
 * (as estimated before any symbolic work, and as counted after) the derivative is a central difference and says
 * why: nested calls make derivatives grow quadratically, and a 198-deep sin(sin(…x…)) has a 100,000-character
 * derivative whose own derivative took seconds and hundreds of megabytes.
 */
export const MAX_DERIVATIVE_SIZE = 2000;

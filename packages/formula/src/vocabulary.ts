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

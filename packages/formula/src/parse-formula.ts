import type { FunctionNode, MathNode, SymbolNode } from 'mathjs';
import { findName } from './find-name.ts';
import { FormulaError } from './formula-error.ts';
import { math } from './math.ts';
import { validateTree } from './validate-tree.ts';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './vocabulary.ts';

/** A validated formula: safe to compile, derive and integrate. */
export interface Formula {
  /** The text as the user typed it. */
  readonly text: string;
  /** The variables it may use, in the order compiled functions take them (`['x']` or `['x', 't']`). */
  readonly variables: readonly string[];
  /** The parsed mathjs tree; holds only numbers, the variables, known constants, arithmetic and known functions. */
  readonly node: MathNode;
  /** Number of nodes in the tree. */
  readonly size: number;
  /**
   * The parameter names it uses, in order of first appearance (`['r', 'K']` for `r*x*(1-x/K)`); always empty
   * unless parsed with `parameters: true`. Compiled functions take their values from a {@link FormulaParameters}.
   */
  readonly parameters: readonly string[];
  /** Which of `variables` actually occur (`[]` for a constant); a formula of x and t that never uses t is autonomous. */
  readonly usedVariables: readonly string[];
}

/** Options of {@link parseFormula}. */
export interface ParseFormulaOptions {
  /** Names the formula may use as variables; `['x']` by default, `['x', 't']` for a non-autonomous f(x, t). */
  variables?: readonly string[];
  /**
   * Allow parameters: a name that is not a variable, `x`, `y`, `t`, an allowed function, a constant or an
   * Object.prototype key, and matches `/^[A-Za-z][A-Za-z0-9]{0,15}$/`, is a parameter rather than an error
   * (`r*x*(1-x/K)` has parameters r and K). A call of an unknown name (`sinn(x)`, `a(1-x)`) is still
   * ERR_FORMULA_FUNCTION. False by default.
   */
  parameters?: boolean;
}

const FORMULAS = new WeakSet<object>();

/** Whether `value` is a Formula made by this package (parseFormula or a derivative), not a look-alike. */
export function isFormula(value: unknown): value is Formula {
  return typeof value === 'object' && value !== null && FORMULAS.has(value);
}

/** Freezes and registers a checked formula; the only way a Formula comes to exist. */
export function makeFormula(fields: Formula): Formula {
  const formula = Object.freeze({ ...fields });
  FORMULAS.add(formula);
  return formula;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses user text with mathjs and checks that it is a plain formula of the allowed variables. Never evaluates
 * anything: bad text throws a {@link FormulaError} with a stable code and, where known, the position.
 *
 * @example
 * ```ts
 * parseFormula('x*(1-x)').size;                 // 5
 * parseFormula('sin(x*t)', { variables: ['x', 't'] }).variables; // ['x', 't']
 * parseFormula('x + y');                        // throws FormulaError ERR_FORMULA_VARIABLE at position 4
 * ```
 */
export function parseFormula(text: string, options?: ParseFormulaOptions): Formula {
  let variables: readonly string[];
  let allowParameters: boolean;
  try {
    variables = checkVariables(options);
    allowParameters = checkParametersOption(options);
  } catch (error) {
    if (error instanceof FormulaError) throw error;
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading `options` threw.');
  }
  if (typeof text !== 'string') {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`text\` must be a string. Value: \`${typeof text}\`.`,
    );
  }
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(
      'ERR_FORMULA_TOO_LONG',
      `formula is ${text.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`,
      MAX_FORMULA_LENGTH,
    );
  }
  checkBrackets(text);
  if (text.trim() === '') throw new FormulaError('ERR_FORMULA_SYNTAX', 'formula is empty', 0);
  const parsed = parseText(text);
  const { size, used, parameters } = validateTree(parsed, variables, text, allowParameters);
  const node = multiplyForVariableCalls(parsed, variables);
  const order = (name: string) => findName(text, name) ?? text.length;
  const sorted = [...parameters].sort((a, b) => order(a) - order(b));
  return makeFormula({
    text,
    variables,
    node,
    size,
    parameters: Object.freeze(sorted),
    usedVariables: Object.freeze(variables.filter((v) => used.includes(v))),
  });
}

function checkParametersOption(options: ParseFormulaOptions | undefined): boolean {
  const value = options?.parameters;
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw new FormulaError(
    'ERR_INVALID_ARG',
    `invalid argument. \`options.parameters\` must be a boolean. Value: \`${typeof value}\`.`,
  );
}

/** `x(1-x)` parses as a call of x; validation allowed it only for a variable with one argument: it multiplies. */
function multiplyForVariableCalls(node: MathNode, variables: readonly string[]): MathNode {
  return node.transform((n) => {
    if (n.type !== 'FunctionNode') return n;
    const call = n as FunctionNode;
    const name = (call.fn as unknown as SymbolNode).name;
    if (!variables.includes(name)) return n;
    const factor = new math.ParenthesisNode(multiplyForVariableCalls(call.args[0]!, variables));
    return new math.OperatorNode('*', 'multiply', [new math.SymbolNode(name), factor], true);
  });
}

function checkVariables(options: ParseFormulaOptions | undefined): readonly string[] {
  if (options === undefined) return ['x'];
  if (options === null || typeof options !== 'object') {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `options` must be an object.');
  }
  const variables = options.variables ?? ['x'];
  const ok =
    Array.isArray(variables) &&
    variables.length > 0 &&
    variables.every(
      (v) =>
        typeof v === 'string' && IDENTIFIER.test(v) && !FORMULA_CONSTANTS.has(v) && !FORMULA_FUNCTIONS.has(v),
    ) &&
    new Set(variables).size === variables.length;
  if (!ok) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. `options.variables` must be distinct identifiers that are not constants or functions.',
    );
  }
  return Object.freeze([...variables]);
}

/** Unbalanced or too deeply nested brackets, found before mathjs sees them, with the offending position. */
function checkBrackets(text: string): void {
  const open: number[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[' || c === '{') {
      open.push(i);
      if (open.length > MAX_FORMULA_DEPTH) {
        throw new FormulaError(
          'ERR_FORMULA_TOO_LONG',
          `brackets nested deeper than ${MAX_FORMULA_DEPTH} levels`,
          i,
        );
      }
    } else if (c in pairs) {
      const at = open.pop();
      if (at === undefined) throw new FormulaError('ERR_FORMULA_SYNTAX', `unmatched \`${c}\``, i);
      if (text[at] !== pairs[c]) {
        throw new FormulaError('ERR_FORMULA_SYNTAX', `\`${text[at]}\` closed by \`${c}\``, i);
      }
    }
  }
  if (open.length > 0) {
    const at = open[open.length - 1]!;
    throw new FormulaError('ERR_FORMULA_SYNTAX', `unclosed \`${text[at]}\``, at);
  }
}

function parseText(text: string): MathNode {
  try {
    return math.parse(text);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new FormulaError('ERR_FORMULA_TOO_LONG', 'formula is too deeply nested to parse');
    }
    const raw = error instanceof Error ? error.message : String(error);
    const char = (error as { char?: unknown }).char;
    const position = typeof char === 'number' ? Math.max(0, Math.min(text.length, char - 1)) : undefined;
    // mathjs appends "(char N)" to its messages; the position is reported separately.
    const message = raw.replace(/\s*\(char \d+\)\s*$/, '');
    throw new FormulaError(
      'ERR_FORMULA_SYNTAX',
      message.length > 120 ? `${message.slice(0, 120)}…` : message,
      position,
    );
  }
}

import type {
  ConditionalNode,
  ConstantNode,
  FunctionNode,
  MathNode,
  OperatorNode,
  ParenthesisNode,
  SymbolNode,
} from 'mathjs';
import { findName } from './find-name.ts';
import { FormulaError } from './formula-error.ts';
import {
  ARITHMETIC_OPERATORS,
  CONDITION_OPERATORS,
  FORMULA_CONSTANTS,
  FORMULA_FUNCTIONS,
  isParameterName,
  MAX_FORMULA_DEPTH,
} from './vocabulary.ts';

/** What {@link validateTree} found: the size, and the names used, in order of first appearance. */
export interface TreeSummary {
  /** Number of nodes. */
  readonly size: number;
  /** The variables that occur. */
  readonly used: readonly string[];
  /** The parameters that occur (empty unless parameters were allowed). */
  readonly parameters: readonly string[];
}

const CONSTRUCT_NAMES: Readonly<Record<string, string>> = {
  AssignmentNode: 'an assignment',
  FunctionAssignmentNode: 'a function definition',
  AccessorNode: 'property access or indexing',
  IndexNode: 'indexing',
  ArrayNode: 'a matrix',
  ObjectNode: 'an object',
  BlockNode: 'several statements',
  RangeNode: 'a range',
  RelationalNode: 'a comparison',
};

/**
 * Walks a parsed tree and throws a {@link FormulaError} at the first node a formula of `variables` may not hold.
 * With `allowParameters`, names that pass {@link isParameterName} are parameters. Returns the number of nodes (a
 * measure of size for the callers that decide how much symbolic work to attempt) and the names used.
 */
export function validateTree(
  node: MathNode,
  variables: readonly string[],
  text: string,
  allowParameters = false,
): TreeSummary {
  let count = 0;
  const used = new Set<string>();
  const parameters = new Set<string>();
  const checkSymbol = (name: string): void => {
    if (variables.includes(name)) used.add(name);
    else if (FORMULA_CONSTANTS.has(name)) return;
    else if (allowParameters && isParameterName(name, variables)) parameters.add(name);
    else refuseSymbol(name, variables, text, allowParameters);
  };
  const visit = (n: MathNode, depth: number, inCondition: boolean): void => {
    count++;
    if (depth > MAX_FORMULA_DEPTH) {
      throw new FormulaError(
        'ERR_FORMULA_TOO_LONG',
        `formula nested deeper than ${MAX_FORMULA_DEPTH} levels`,
        undefined,
      );
    }
    const next = depth + 1;
    switch (n.type) {
      case 'ParenthesisNode':
        visit((n as ParenthesisNode).content, next, inCondition);
        return;
      case 'ConstantNode':
        checkConstant((n as ConstantNode).value, text);
        return;
      case 'SymbolNode':
        checkSymbol((n as SymbolNode).name);
        return;
      case 'OperatorNode': {
        const op = n as OperatorNode;
        const conditionOp = CONDITION_OPERATORS.has(op.fn);
        if (!ARITHMETIC_OPERATORS.has(op.fn) && !(conditionOp && inCondition)) {
          const where = text.indexOf(op.op);
          const why = conditionOp ? 'is allowed only in the condition of c ? a : b' : 'is not supported';
          throw new FormulaError(
            'ERR_FORMULA_UNSUPPORTED',
            `operator \`${op.op}\` ${why}`,
            where < 0 ? undefined : where,
          );
        }
        // and/or/not combine conditions; a comparison's operands are numbers again.
        const argsInCondition = op.fn === 'and' || op.fn === 'or' || op.fn === 'not';
        for (const arg of op.args) visit(arg, next, argsInCondition);
        return;
      }
      case 'ConditionalNode': {
        const c = n as ConditionalNode;
        visit(c.condition, next, true);
        visit(c.trueExpr, next, false);
        visit(c.falseExpr, next, false);
        return;
      }
      case 'FunctionNode': {
        const call = n as FunctionNode;
        checkCall(call, variables, text);
        if (variables.includes((call.fn as unknown as SymbolNode).name))
          used.add((call.fn as unknown as SymbolNode).name);
        for (const arg of call.args) visit(arg, next, false);
        return;
      }
      default: {
        if (n.type === 'RelationalNode' && inCondition) {
          for (const p of (n as unknown as { params: MathNode[] }).params) visit(p, next, false);
          return;
        }
        const what = CONSTRUCT_NAMES[n.type] ?? `a ${n.type}`;
        throw new FormulaError(
          'ERR_FORMULA_UNSUPPORTED',
          `a formula cannot contain ${what}`,
          markerOf(n.type, text),
        );
      }
    }
  };
  visit(node, 0, false);
  return { size: count, used: [...used], parameters: [...parameters] };
}

function checkConstant(value: unknown, text: string): void {
  if (typeof value === 'number') return;
  if (value === undefined) throw new FormulaError('ERR_FORMULA_SYNTAX', 'formula is empty', 0);
  const what = typeof value === 'string' ? 'a string' : `the value \`${String(value)}\``;
  const position = typeof value === 'string' ? markerOf('string', text) : findName(text, String(value));
  throw new FormulaError('ERR_FORMULA_UNSUPPORTED', `a formula cannot contain ${what}`, position);
}

/** The characters that introduce each refused construct: the first one in the text is where the error points. */
const MARKERS: Readonly<Record<string, RegExp>> = {
  AssignmentNode: /=/,
  FunctionAssignmentNode: /=/,
  AccessorNode: /[.[]/,
  IndexNode: /[.[]/,
  ArrayNode: /\[/,
  ObjectNode: /\{/,
  BlockNode: /[;\n]/,
  RangeNode: /:/,
  RelationalNode: /[<>=!]/,
  string: /["']/,
};

function markerOf(construct: string, text: string): number | undefined {
  const match = MARKERS[construct]?.exec(text);
  return match ? match.index : undefined;
}

function refuseSymbol(name: string, variables: readonly string[], text: string, parameters: boolean): never {
  const position = findName(text, name);
  if (FORMULA_FUNCTIONS.has(name)) {
    throw new FormulaError(
      'ERR_FORMULA_FUNCTION',
      `\`${name}\` is a function: call it, as in ${name}(x)`,
      position,
    );
  }
  const allowed = [...variables, ...FORMULA_CONSTANTS.keys()].map((v) => `\`${v}\``).join(', ');
  const more = parameters ? ', and parameters: a letter, then up to 15 letters or digits' : '';
  throw new FormulaError(
    'ERR_FORMULA_VARIABLE',
    `unknown name \`${shorten(name)}\`: a formula may use ${allowed}${more}`,
    position,
  );
}

function checkCall(call: FunctionNode, variables: readonly string[], text: string): void {
  const callee = call.fn as MathNode;
  if (callee.type !== 'SymbolNode') {
    throw new FormulaError('ERR_FORMULA_UNSUPPORTED', 'only named functions can be called', undefined);
  }
  const name = (callee as SymbolNode).name;
  const position = findName(text, name);
  // A variable before a bracket multiplies: x(1-x). (Parameters never do: `a(1-x)` stays an unknown function,
  // so a typo such as sinn(x) cannot silently become a parameter times x.)
  if (variables.includes(name)) {
    if (call.args.length === 1) return;
    throw new FormulaError(
      'ERR_FORMULA_FUNCTION',
      `\`${name}\` is a variable: \`${name}(…)\` multiplies by one bracketed value, not ${call.args.length}`,
      position,
    );
  }
  const arity = FORMULA_FUNCTIONS.get(name);
  if (arity === undefined) {
    throw new FormulaError('ERR_FORMULA_FUNCTION', `unknown function \`${shorten(name)}\``, position);
  }
  const [min, max] = arity;
  if (call.args.length < min || call.args.length > max) {
    const wanted = min === max ? `${min}` : `${min} to ${max}`;
    throw new FormulaError(
      'ERR_FORMULA_FUNCTION',
      `\`${name}\` takes ${wanted} argument${max === 1 ? '' : 's'}, not ${call.args.length}`,
      position,
    );
  }
}

function shorten(name: string): string {
  return name.length > 24 ? `${name.slice(0, 24)}…` : name;
}

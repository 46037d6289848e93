import { compileFormula, parseFormula } from '@phaseflow/formula';
import { rk4, solve } from '@phaseflow/ode';
import { formatRatio, interleave } from './stats.ts';

// A compiled user formula against the same function written in JavaScript, inside the solver loop where it is
// called (RK4, 2·10⁵ steps, 8·10⁵ calls of f), for the two compile engines of @phaseflow/formula.
const STEPS = 200_000;
const H = 1e-5;
const ROUNDS = 11;
const CALLS = 1_000_000;

const CASES: { text: string; plain: (x: number) => number }[] = [
  { text: 'x*(1-x)', plain: (x) => x * (1 - x) },
  {
    text: 'sin(x)^2*exp(-x^2/3) + tanh(x)*x^3',
    plain: (x) => Math.sin(x) ** 2 * Math.exp(-(x ** 2) / 3) + Math.tanh(x) * x ** 3,
  },
];

export async function run(): Promise<string[]> {
  const lines = ['formula: compiled user formula vs hand-written JS, RK4 2·10⁵ steps (median ratio, range)'];
  for (const { text, plain } of CASES) {
    const formula = parseFormula(text);
    const closures = compileFormula(formula) as (x: number) => number;
    const mathjs = compileFormula(formula, { engine: 'mathjs' }) as (x: number) => number;
    const inSolver = (f: (x: number) => number) => () => solve({ f, x0: 0.1, t1: STEPS * H }, rk4({ h: H }));
    // The bare call: a loop summing f over [0, 1), nothing else.
    const bare = (f: (x: number) => number) => () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += f(i / CALLS);
      return sum;
    };
    for (const [where, wrap] of [
      ['in solve(rk4)', inSolver],
      ['bare calls  ', bare],
    ] as const) {
      const result = interleave(
        { plain: wrap(plain), closures: wrap(closures), mathjs: wrap(mathjs) },
        'plain',
        ROUNDS,
      );
      lines.push(
        `  ${text}, ${where}: closures ${formatRatio(result.closures!.ratios)}, mathjs evaluate ${formatRatio(result.mathjs!.ratios)}`,
      );
    }
  }
  return lines;
}

import type { EmbeddedTableau } from '../../packages/ode/src/tableaus/embedded-tableau.ts';
import { capitalize, header, literal } from './source-text.ts';

// The adaptive template: a trial step of an embedded first-same-as-last pair, zero coefficients skipped. The last
// stage is f at the new point; it is part of the trial when the error estimate uses it (dopri5), else `finish`
// evaluates it after acceptance (dop853). With a second, lower-order estimator (bHatLow) the error is DOP853's norm.
// The last trial stage's argument is left in `w.xi` (scalar kernels too), for the stiffness test.

interface Terms {
  /** Nonzero coefficients of stage i's argument: [j, value] with j 1-based. */
  a: [number, number][][];
  b: [number, number][];
  e: [number, number][];
  low: [number, number][];
}

function nonzero(values: readonly number[]): [number, number][] {
  return values.flatMap((v, j) => (v !== 0 ? [[j + 1, v] as [number, number]] : []));
}

/** Source text of `<name>-kernel.ts`: the scalar and system trial steps of one embedded pair. */
export function adaptiveKernelSource(name: string, tableau: EmbeddedTableau, file: string): string {
  const s = tableau.b.length;
  const low = tableau.bHatLow;
  const terms: Terms = {
    a: tableau.a.map((row) => nonzero(row)),
    b: nonzero(tableau.b),
    e: nonzero(tableau.b.map((bj, j) => bj - tableau.bHat[j]!)),
    low: low ? nonzero(tableau.b.map((bj, j) => bj - low[j]!)) : [],
  };
  const fsalInTrial = terms.e.some(([j]) => j === s);
  const time = (i: number) => (tableau.c[i - 1] === 1 ? 'tNew' : `t + h * ${literal(tableau.c[i - 1]!)}`);
  const sum = (pairs: [number, number][], stage: (j: number) => string) =>
    pairs.map(([j, v]) => `${literal(v)} * ${stage(j)}`).join(' + ');
  const trialStages = Array.from({ length: s - 2 }, (_, n) => n + 2); // 2 … s − 1
  const scalarStage = (i: number) => {
    const arg = `x0 + h * (${sum(terms.a[i - 1]!, (j) => `s${j}`)})`;
    const check = `\n    if (typeof s${i} !== 'number') throw notANumber('f', s${i});`;
    return i === s - 1
      ? `const xLast = ${arg};\n    const s${i} = f(xLast, ${time(i)});${check}`
      : `const s${i} = f(${arg}, ${time(i)});${check}`;
  };
  const systemStage = (i: number) =>
    `for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (${sum(terms.a[i - 1]!, (j) => `k${j}[i]!`)});\n    f(xi, ${time(i)}, k${i});`;
  const N = capitalize(name);
  const scalarError = low
    ? `const err = (${sum(terms.e, (j) => `s${j}`)}) / sk;
    const errLow = (${sum(terms.low, (j) => `s${j}`)}) / sk;
    return dop853Norm(h, err * err, errLow * errLow, 1);`
    : `const err = (${sum(terms.e, (j) => `s${j}`)}) / sk;
    return Math.abs(h * err);`;
  const systemError = low
    ? `let sum = 0;
    let sumLow = 0;
    for (let i = 0; i < dim; i++) {
      const sk = atol[i]! + rtol[i]! * Math.max(Math.abs(x[i]!), Math.abs(xNew[i]!));
      const err = (${sum(terms.e, (j) => `k${j}[i]!`)}) / sk;
      sum += err * err;
      const errLow = (${sum(terms.low, (j) => `k${j}[i]!`)}) / sk;
      sumLow += errLow * errLow;
    }
    return dop853Norm(h, sum, sumLow, dim);`
    : `let sum = 0;
    for (let i = 0; i < dim; i++) {
      const sk = atol[i]! + rtol[i]! * Math.max(Math.abs(x[i]!), Math.abs(xNew[i]!));
      const err = (${sum(terms.e, (j) => `k${j}[i]!`)}) / sk;
      sum += err * err;
    }
    return Math.abs(h) * Math.sqrt(sum / dim);`;
  const stores = trialStages.map((i) => `k[${i - 1}]![0] = s${i};`);
  return `${header(name, file)}
import type { ScalarRhs, SystemRhs } from '../../problem.ts';
import type { AdaptiveKernelCode, KernelWorkspace } from '../adaptive-kernel.ts';
${low ? "import { dop853Norm } from '../dop853-norm.ts';\n" : ''}import { notANumber } from '../not-a-number.ts';

/** ${name}, scalar: one trial step from (t, x) over h to tNew; returns the scaled error norm (NaN: not finite). */
function scalarTrial(w: KernelWorkspace, t: number, h: number, tNew: number, x: Float64Array): number {
  const f = w.f as ScalarRhs;
  const k = w.k;
  const x0 = x[0]!;
  const s1 = k[0]![0]!;
  ${trialStages.map(scalarStage).join('\n  ')}
  const x1 = x0 + h * (${sum(terms.b, (j) => `s${j}`)});
  ${fsalInTrial ? `const s${s} = f(x1, tNew);\n  if (typeof s${s} !== 'number') throw notANumber('f', s${s});\n  k[${s - 1}]![0] = s${s};` : ''}
  ${stores.join('\n  ')}
  w.xi[0] = xLast;
  w.xNew[0] = x1;
  if (x1 - x1 !== 0) return Number.NaN;
  const sk = w.atol[0]! + w.rtol[0]! * Math.max(Math.abs(x0), Math.abs(x1));
  ${scalarError}
}

/** ${name}, system: the same trial step, component by component, the stages in the workspace's buffers. */
function systemTrial(w: KernelWorkspace, t: number, h: number, tNew: number, x: Float64Array): number {
  const f = w.f as SystemRhs;
  const { dim, xi, xNew, atol, rtol, k } = w;
  ${Array.from({ length: s - (fsalInTrial ? 0 : 1) }, (_, n) => `const k${n + 1} = k[${n}]!;`).join('\n  ')}
  ${trialStages.map(systemStage).join('\n  ')}
  let finite = 0;
  for (let i = 0; i < dim; i++) {
    const v = x[i]! + h * (${sum(terms.b, (j) => `k${j}[i]!`)});
    xNew[i] = v;
    finite += v;
  }
  if (finite - finite !== 0) return Number.NaN;
  ${fsalInTrial ? `f(xNew, tNew, k${s});` : ''}
  ${systemError}
}

${
  fsalInTrial
    ? `/** The last stage, f at the new point, is part of the trial (its error estimate uses it). */
function finish(): number {
  return 0;
}`
    : `/** After acceptance: the last stage, f at the new point, which is also the next step's first. */
function finish(w: KernelWorkspace, tNew: number): number {
  if (w.dim === 1 && w.scalar) {
    const last = (w.f as ScalarRhs)(w.xNew[0]!, tNew);
    if (typeof last !== 'number') throw notANumber('f', last);
    w.k[${s - 1}]![0] = last;
  }
  else (w.f as SystemRhs)(w.xNew, tNew, w.k[${s - 1}]!);
  return 1;
}`
}

/** The ${name} trial steps, for the dispatch by tableau in adaptive-kernel.ts. */
export const ${N}_KERNEL: AdaptiveKernelCode = {
  scalarTrial,
  systemTrial,
  finish,
  trialEvaluations: ${fsalInTrial ? s - 1 : s - 2},
};
`;
}

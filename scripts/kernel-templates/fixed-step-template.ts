import type { ButcherTableau } from '../../packages/ode/src/tableaus/tableau.ts';
import { capitalize, header, literal } from './source-text.ts';

// The fixed-step template. Every coefficient of a row is used, zeros included, so that each kernel does the
// general kernel's arithmetic in the same order: the two agree bit for bit (kernels.test.ts).

/** Source text of `<name>-kernel.ts`: the scalar, system and family kernels of one explicit tableau. */
export function fixedStepKernelSource(name: string, tableau: ButcherTableau, file: string): string {
  const s = tableau.b.length;
  const N = capitalize(name);
  const consts = coefficients(tableau);
  const stages = Array.from({ length: s }, (_, i) => i + 1);
  // typeof after each call: a BigInt or Symbol from f would throw a raw TypeError in the arithmetic, a string would
  // be coerced; the check costs nothing measurable (the arithmetic needs the same one).
  const scalarStage = (i: number, x: string) =>
    `const k${i} = f(${[x, ...range(i - 1).map((j) => `hA${i}${j} * k${j}`)].join(' + ')}, ${time(tableau, i)});
    if (typeof k${i} !== 'number') throw notANumber('f', k${i});`;
  const scalarNext = (x: string) => [x, ...stages.map((j) => `hB${j} * k${j}`)].join(' + ');
  const systemStage = (i: number) =>
    i === 1
      ? `f(x, ${time(tableau, 1)}, k1);`
      : `for (let i = 0; i < dim; i++) xi[i] = ${['x[i]!', ...range(i - 1).map((j) => `hA${i}${j} * k${j}[i]!`)].join(' + ')};\n      f(xi, ${time(tableau, i)}, k${i});`;
  const systemNext = ['x[i]!', ...stages.map((j) => `hB${j} * k${j}[i]!`)].join(' + ');
  const buffers = stages.map((j) => `const k${j} = new Float64Array(dim);`).join('\n');
  const nonFinite = (row: string) =>
    `sum - sum !== 0 && !xs.subarray(${row}, ${row} + dim).every(Number.isFinite)`;
  return `${header(name, file)}
import type { ScalarRhs, SystemRhs } from '../../problem.ts';
import type { FamilyKernel } from '../family-kernels.ts';
import { notANumber } from '../not-a-number.ts';
import type { ScalarKernel } from '../scalar-kernels.ts';
import type { SystemKernel } from '../system-kernels.ts';

/** ${name}, scalar: step k from t0 + k·h, from xs[offset + k] to xs[offset + k + 1], for k in [kFrom, kTo). */
export const ${name}ScalarKernel: ScalarKernel = (f, t0, h, kFrom, kTo, xs, offset) => {
  ${consts}
  let x = xs[offset + kFrom]!;
  for (let k = kFrom; k < kTo; k++) {
    const t = t0 + k * h;
    ${stages.map((i) => scalarStage(i, 'x')).join('\n    ')}
    const xNew = ${scalarNext('x')};
    if (xNew - xNew !== 0) return k;
    xs[offset + k + 1] = xNew;
    x = xNew;
  }
  return kTo;
};

/** ${name}, system of dimension \`n\`: rows of the row-major \`xs\`, the stage buffers allocated once here. */
export function ${name}SystemKernel(n: number): SystemKernel {
  const state = new Float64Array(n);
  ${s > 1 ? 'const stage = new Float64Array(n);' : ''}
  const slopes = Array.from({ length: ${s} }, () => new Float64Array(n));
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    // Locals, not closure bindings: after each opaque call of f, V8 reloads closure bindings from their context.
    const dim = n;
    const x = state;
    ${s > 1 ? 'const xi = stage;' : ''}
    ${stages.map((j) => `const k${j} = slopes[${j - 1}]!;`).join('\n    ')}
    ${consts}
    for (let i = 0; i < dim; i++) x[i] = xs[(offset + kFrom) * dim + i]!;
    for (let k = kFrom; k < kTo; k++) {
      const t = t0 + k * h;
      ${stages.map(systemStage).join('\n      ')}
      const row = (offset + k + 1) * dim;
      let sum = 0;
      for (let i = 0; i < dim; i++) {
        const v = ${systemNext};
        xs[row + i] = v;
        x[i] = v;
        sum += v;
      }
      if (${nonFinite('row')}) return k;
    }
    return kTo;
  };
}

/** ${name} for a family of \`count\` scalar members, step-major (\`xs[r·count + m]\`); a member that leaves the
 * finite numbers stops alone and repeats its last state. */
export function ${name}ScalarFamily(f: ScalarRhs, count: number): FamilyKernel {
  return (t0, h, kFrom, kTo, xs, offset, alive, stopped) => {
    ${consts}
    for (let k = kFrom; k < kTo; k++) {
      const base = (offset + k) * count;
      const next = base + count;
      const t = t0 + k * h;
      for (let m = 0; m < count; m++) {
        const x = xs[base + m]!;
        if (alive[m] === 0) {
          xs[next + m] = x;
          continue;
        }
        ${stages.map((i) => scalarStage(i, 'x')).join('\n        ')}
        const xNew = ${scalarNext('x')};
        if (xNew - xNew !== 0) {
          alive[m] = 0;
          stopped[m] = offset + k;
          xs[next + m] = x;
        } else xs[next + m] = xNew;
      }
    }
  };
}

/** ${name} for a family of \`count\` members of dimension \`n\`, step-major (\`xs[(r·count + m)·n + i]\`). */
export function ${name}SystemFamily(f: SystemRhs, n: number, count: number): FamilyKernel {
  const state = new Float64Array(n);
  ${s > 1 ? 'const stage = new Float64Array(n);' : ''}
  ${buffers.replaceAll('(dim)', '(n)')}
  return (t0, h, kFrom, kTo, xs, offset, alive, stopped) => {
    const dim = n;
    const width = dim * count;
    const x = state;
    ${s > 1 ? 'const xi = stage;' : ''}
    ${consts}
    for (let k = kFrom; k < kTo; k++) {
      const t = t0 + k * h;
      for (let m = 0; m < count; m++) {
        const from = (offset + k) * width + m * dim;
        const row = from + width;
        if (alive[m] === 0) {
          for (let i = 0; i < dim; i++) xs[row + i] = xs[from + i]!;
          continue;
        }
        for (let i = 0; i < dim; i++) x[i] = xs[from + i]!;
        ${stages.map(systemStage).join('\n        ')}
        let sum = 0;
        for (let i = 0; i < dim; i++) {
          const v = ${systemNext};
          xs[row + i] = v;
          sum += v;
        }
        if (${nonFinite('row')}) {
          alive[m] = 0;
          stopped[m] = offset + k;
          for (let i = 0; i < dim; i++) xs[row + i] = x[i]!;
        }
      }
    }
  };
}

/** The ${name} kernels, for the dispatch by tableau (scalar-kernels.ts, system-kernels.ts, family-kernels.ts). */
export const ${N}_KERNELS = {
  scalar: ${name}ScalarKernel,
  system: ${name}SystemKernel,
  scalarFamily: ${name}ScalarFamily,
  systemFamily: ${name}SystemFamily,
};
`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, j) => j + 1);
}

/** The step's coefficients times h, as locals: `const hC2 = h * 0.5;` … (every c, a and b entry, zeros too). */
function coefficients(t: ButcherTableau): string {
  const lines: string[] = [];
  t.c.forEach((c, i) => {
    if (i > 0 || c !== 0) lines.push(`const hC${i + 1} = h * ${literal(c)};`);
  });
  t.a.forEach((row, i) => {
    row.forEach((a, j) => {
      lines.push(`const hA${i + 1}${j + 1} = h * ${literal(a)};`);
    });
  });
  t.b.forEach((b, j) => {
    lines.push(`const hB${j + 1} = h * ${literal(b)};`);
  });
  return lines.join('\n');
}

function time(t: ButcherTableau, i: number): string {
  return i === 1 && t.c[0] === 0 ? 't' : `t + hC${i}`;
}

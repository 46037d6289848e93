import { requireStorage } from './storage-cap.ts';
import { checkOptions, guarded, invalidArgument, requireInteger, toFiniteVector } from './validate.ts';

/** The convergence-rate map of heavy ball over a grid of (η, β), and its optimum in closed form. */
export interface MomentumRateMap {
  /** n×n, row-major: row i is momentum β_i, column j is learning rate η_j (both grids evenly spaced, ends included). */
  readonly rate: Float64Array;
  readonly learningRates: Float64Array;
  readonly momenta: Float64Array;
  /** Polyak's optimal pair for μ = min λ > 0 and L = max λ, and its rate (√κ − 1)/(√κ + 1); null unless μ > 0. */
  readonly optimum: {
    readonly learningRate: number;
    readonly momentum: number;
    readonly rate: number;
  } | null;
}

/**
 * The spectral radius of heavy ball's iteration matrix on a quadratic with Hessian eigenvalues `lambdas`, over a grid
 * of learning rates η and momenta β (Distill's "Why momentum really works" figure). Along eigenvalue λ, heavy ball
 * x_{k+1} = x_k − ηλx_k + β(x_k − x_{k−1}) is the 2×2 map [[1 + β − ηλ, −β], [1, 0]], whose eigenvalues solve
 * z² − (1 + β − ηλ)z + β = 0: complex pairs have |z| = √β, real ones are (a ± √(a² − 4β))/2. The rate at (η, β) is the
 * largest |z| over all λ (< 1: converges). The optimum is η = 4/(√L + √μ)², β = ((√κ − 1)/(√κ + 1))², κ = L/μ.
 *
 * @example
 * ```ts
 * const map = momentumRateMap([1, 100], { learningRate: [0.001, 0.04], momentum: [0, 0.99], n: 64 });
 * map.optimum; // { learningRate: 0.03305…, momentum: 0.6694…, rate: 0.8181… } (κ = 100: 9/11)
 * ```
 */
export function momentumRateMap(
  lambdas: ArrayLike<number>,
  options: { learningRate: readonly [number, number]; momentum: readonly [number, number]; n: number },
): MomentumRateMap {
  const ls = toFiniteVector('lambdas', lambdas);
  const opts = checkOptions('options', options, ['learningRate', 'momentum', 'n']);
  const n = requireInteger('options.n', opts.n, 2);
  requireStorage('options.n', n, 4096, n * n);
  const [etaLo, etaHi] = guarded('options.learningRate', () =>
    readInterval('options.learningRate', opts.learningRate, 0, Number.MAX_VALUE),
  );
  const [betaLo, betaHi] = guarded('options.momentum', () =>
    readInterval('options.momentum', opts.momentum, 0, 1),
  );
  const learningRates = grid(etaLo, etaHi, n);
  const momenta = grid(betaLo, betaHi, n);
  const rate = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const beta = momenta[i]!;
    for (let j = 0; j < n; j++) rate[i * n + j] = spectralRadius(ls, learningRates[j]!, beta);
  }
  let mu = Infinity;
  let L = -Infinity;
  for (const l of ls) {
    mu = Math.min(mu, l);
    L = Math.max(L, l);
  }
  let optimum: MomentumRateMap['optimum'] = null;
  if (mu > 0) {
    const sk = Math.sqrt(L / mu);
    const r = (sk - 1) / (sk + 1);
    optimum = { learningRate: 4 / (Math.sqrt(L) + Math.sqrt(mu)) ** 2, momentum: r * r, rate: r };
  }
  return { rate, learningRates, momenta, optimum };
}

/** max over λ of the spectral radius of [[1 + β − ηλ, −β], [1, 0]]. */
export function spectralRadius(lambdas: ArrayLike<number>, eta: number, beta: number): number {
  let worst = 0;
  for (let i = 0; i < lambdas.length; i++) {
    const a = 1 + beta - eta * lambdas[i]!;
    const disc = a * a - 4 * beta;
    const r = disc < 0 ? Math.sqrt(beta) : (Math.abs(a) + Math.sqrt(disc)) / 2;
    worst = Math.max(worst, r);
  }
  return worst;
}

function grid(lo: number, hi: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, j) => (j === n - 1 ? hi : lo + ((hi - lo) * j) / (n - 1)));
}

function readInterval(name: string, value: unknown, lo: number, hi: number): [number, number] {
  const v = value as ArrayLike<unknown> | null;
  const a = v !== null && typeof v === 'object' && v.length === 2 ? v[0] : undefined;
  const b = v !== null && typeof v === 'object' && v.length === 2 ? v[1] : undefined;
  if (typeof a !== 'number' || typeof b !== 'number' || !(lo <= a && a <= b && b <= hi) || b === Infinity) {
    throw invalidArgument(
      name,
      `must be [lo, hi] with ${lo} ≤ lo ≤ hi ≤ ${hi === 1 ? '1' : 'a finite bound'}`,
      value,
    );
  }
  return [a, b];
}

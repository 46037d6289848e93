/**
 * The growth of |f| along the path of a solution that runs off to ±∞, as blowUpTime needs it: f ≈ c·|x|^p, and
 * the solution blows up exactly when p > 1 (∫ dx/f converges). Samples are |f| at the ends of pieces whose
 * distance from x0 doubles, once those are far from x0.
 */
export interface GrowthSample {
  /** |x| at the end of the piece. */
  at: number;
  /** |f| there. */
  size: number;
}

/** What the last samples say about β = p − 1. */
export interface GrowthEstimate {
  /** β over the whole window: log(size ratio) / log(|x| ratio) − 1. */
  beta: number;
  /** β's doubt: four standard errors of the per-piece exponents about their trend line, plus 4ε. */
  noise: number;
  /** How much the per-piece exponent changes over the span (the slope of its trend line times the span):
   * negative when p is falling towards 1, as for x·ln x (p ≈ 1 + 1/ln x), whose integral diverges though every
   * p so far exceeds 1. */
  trend: number;
  /** β > noise and p not falling by more than its doubt: a power law with p > 1 that may be extrapolated. */
  superlinear: boolean;
}

/** Samples over which β is judged (a window of doublings). */
export const GROWTH_WINDOW = 8;

const exponent = (p: GrowthSample, q: GrowthSample) => Math.log(q.size / p.size) / Math.log(q.at / p.at);

/**
 * β and its doubt from the last {@link GROWTH_WINDOW} + 1 samples; null before there are enough or when a size is
 * 0 or not finite. The per-piece exponents are fitted by a straight line: its slope is the trend (a steady fall
 * of p, however small, is seen against the scatter about the line, which for a smooth f is rounding only).
 *
 * @example
 * ```ts
 * const s = Array.from({ length: 9 }, (_, k) => ({ at: 2 ** (k + 5), size: 2 ** (2 * (k + 5)) }));
 * growthEstimate(s)?.beta; // 1 (f = x²)
 * ```
 */
export function growthEstimate(samples: GrowthSample[]): GrowthEstimate | null {
  const w = samples.slice(-(GROWTH_WINDOW + 1));
  if (w.length < GROWTH_WINDOW + 1) return null;
  if (!w.every((p) => p.size > 0 && Number.isFinite(p.size) && p.at > 0 && Number.isFinite(p.at)))
    return null;
  const per = w.slice(1).map((q, k) => exponent(w[k]!, q));
  const m = per.length;
  const center = (m - 1) / 2;
  const mean = per.reduce((s, v) => s + v, 0) / m;
  let sxx = 0;
  let sxy = 0;
  per.forEach((v, k) => {
    sxx += (k - center) ** 2;
    sxy += (k - center) * (v - mean);
  });
  const slope = sxy / sxx;
  const residual = Math.sqrt(
    per.reduce((s, v, k) => s + (v - mean - slope * (k - center)) ** 2, 0) / (m - 2),
  );
  const beta = exponent(w[0]!, w[GROWTH_WINDOW]!) - 1;
  const noise = (4 * residual) / Math.sqrt(m) + 4 * Number.EPSILON;
  const slopeNoise = (4 * residual) / Math.sqrt(sxx) + 4 * Number.EPSILON;
  return { beta, noise, trend: slope * m, superlinear: beta > noise && slope >= -slopeNoise };
}

/**
 * The time from |x| = at to ∞ if f keeps growing like |x|^(1 + β) beyond: ∫ dx / (size·(x/at)^(1+β)) = at/(β·size).
 *
 * @example
 * ```ts
 * powerTail(10, 100, 1); // 0.1 (f = x² from 10: ∫ dx/x² = 1/10)
 * ```
 */
export function powerTail(at: number, size: number, beta: number): number {
  return at / size / beta;
}

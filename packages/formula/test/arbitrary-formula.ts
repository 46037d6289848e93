// Test support (not part of the package): fast-check generators of formula text from the grammar a formula may use.
import fc from 'fast-check';

/** A number as formula text; negatives in parentheses so `x^(-1.5)` stays what it says. */
const numberText = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }).map((v) => `(${v})`),
);

/** Text of random formulas of x built from `unary` functions, the given binary operators and `pow` by 0..4. */
export function formulaText(options: {
  unary: readonly string[];
  binary: readonly string[];
  depth: number;
  extra?: (inner: fc.Arbitrary<string>) => fc.Arbitrary<string>[];
}): fc.Arbitrary<string> {
  const leaf = fc.oneof(fc.constant('x'), fc.constant('x'), fc.constantFrom('pi', 'e'), numberText);
  const build = (depth: number): fc.Arbitrary<string> => {
    if (depth === 0) return leaf;
    const inner = build(depth - 1);
    return fc.oneof(
      leaf,
      inner.map((a) => `-(${a})`),
      fc.tuple(fc.constantFrom(...options.unary), inner).map(([f, a]) => `${f}(${a})`),
      fc.tuple(inner, fc.constantFrom(...options.binary), inner).map(([a, op, b]) => `(${a}) ${op} (${b})`),
      fc.tuple(inner, fc.integer({ min: 0, max: 4 })).map(([a, n]) => `(${a})^${n}`),
      ...(options.extra?.(inner) ?? []),
    );
  };
  return build(options.depth);
}

/** Functions mathjs differentiates whose derivatives stay moderate on [−2, 2]. */
export const SMOOTH_FUNCTIONS = ['sin', 'cos', 'exp', 'tanh', 'atan', 'sinh', 'square', 'cube'] as const;

/**
 * Compares a derivative value with Richardson-extrapolated central differences of `f` at x. Returns undefined when
 * they agree within the difference's own error estimate (plus a small floor), otherwise a message with the numbers.
 */
export function derivativeMismatch(
  f: (x: number) => number,
  x: number,
  derivative: number,
): string | undefined {
  const d = (h: number) => (f(x + h) - f(x - h)) / (2 * h);
  const richardson = (h: number) => (4 * d(h / 2) - d(h)) / 3;
  const r1 = richardson(1e-3);
  const r2 = richardson(5e-4);
  const scale = Math.max(1, Math.abs(f(x)), Math.abs(derivative));
  const tolerance = 10 * Math.abs(r1 - r2) + 1e-8 * scale;
  if (!Number.isFinite(r2) || !Number.isFinite(derivative)) return undefined;
  const error = Math.abs(derivative - r2);
  return error <= tolerance
    ? undefined
    : `x = ${x}: derivative ${derivative}, finite difference ${r2}, |diff| ${error} > tolerance ${tolerance}`;
}

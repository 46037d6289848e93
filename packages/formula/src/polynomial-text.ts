/** One term c·v^power/divisor of a polynomial; divisor 1 for plain coefficients. */
export interface PolynomialTerm {
  coefficient: number;
  divisor: number;
  power: number;
}

/**
 * A polynomial written as text, highest power last, integer coefficients over their divisors kept as reduced
 * fractions, so the antiderivative of the logistic f = x − x² reads `x^2/2 - x^3/3` and its derivative `1 - 2*x`.
 *
 * @example
 * ```ts
 * polynomialText([{ coefficient: 1, divisor: 2, power: 2 }, { coefficient: -1, divisor: 3, power: 3 }], 'x');
 * // 'x^2/2 - x^3/3'
 * ```
 */
export function polynomialText(terms: readonly PolynomialTerm[], variable: string): string {
  const parts: string[] = [];
  for (const { coefficient: c, divisor: n, power } of terms) {
    if (c === 0) continue;
    const base = power === 0 ? '' : power === 1 ? variable : `${variable}^${power}`;
    let magnitude: string;
    if (Number.isInteger(c) && Math.abs(c) < 1e9) {
      const g = gcd(Math.abs(c), n);
      const p = Math.abs(c) / g;
      const q = n / g;
      const head = base === '' ? `${p}` : p === 1 ? base : `${p}*${base}`;
      magnitude = `${head}${q === 1 ? '' : `/${q}`}`;
    } else {
      const value = Math.abs(c / n);
      magnitude = base === '' ? `${value}` : `${value}*${base}`;
    }
    parts.push(`${c < 0 ? '-' : '+'}${magnitude}`);
  }
  if (parts.length === 0) return '0';
  return parts
    .map((t, i) => (i === 0 ? (t.startsWith('+') ? t.slice(1) : t) : ` ${t[0]} ${t.slice(1)}`))
    .join('');
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

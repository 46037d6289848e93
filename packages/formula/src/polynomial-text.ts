/**
 * The antiderivative of Σ c[k]·v^k written as text, Σ c[k]·v^(k+1)/(k+1) + constant, with integer coefficients kept
 * as reduced fractions so the logistic f = x − x² reads `x^2/2 - x^3/3`.
 *
 * @example
 * ```ts
 * polynomialText([0, 1, -1], 'x', 0); // 'x^2/2 - x^3/3'
 * ```
 */
export function polynomialText(c: readonly number[], variable: string, constant: number): string {
  const terms: string[] = [];
  if (constant !== 0) terms.push(String(constant));
  c.forEach((ck, k) => {
    if (ck === 0) return;
    const n = k + 1;
    const power = n === 1 ? variable : `${variable}^${n}`;
    let magnitude: string;
    if (Number.isInteger(ck) && Math.abs(ck) < 1e9) {
      const g = gcd(Math.abs(ck), n);
      const p = Math.abs(ck) / g;
      const q = n / g;
      magnitude = `${p === 1 ? '' : `${p}*`}${power}${q === 1 ? '' : `/${q}`}`;
    } else {
      magnitude = `${Math.abs(ck / n)}*${power}`;
    }
    terms.push(`${ck < 0 ? '-' : '+'}${magnitude}`);
  });
  if (terms.length === 0) return '0';
  return terms
    .map((t, i) => (i === 0 ? (t.startsWith('+') ? t.slice(1) : t) : ` ${t[0]} ${t.slice(1)}`))
    .join('');
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** `sin(sin(…x…))`, `depth` deep. */
export const nestedSin = (depth: number): string => `${'sin('.repeat(depth)}x${')'.repeat(depth)}`;

/** The links of issue 14 item 1 that froze the tab (55 s, 9.5 s and 12.4 s before the work budgets). */
export const WORST_LINKS: readonly { name: string; query: string }[] = [
  { name: 'sin(1000000*x) on [-200, 200]', query: '?f=sin(1000000*x)&xmin=-200&xmax=200' },
  { name: 'sin(1e9*x)', query: '?f=sin(1e9*x)' },
  { name: '198-deep sin as a potential', query: `?kind=potential&f=${encodeURIComponent(nestedSin(198))}` },
  { name: 'sin(1e9*x) on [-500000, 500000]', query: '?f=sin(1e9*x)&xmin=-500000&xmax=500000' },
];

/** A small seeded generator (mulberry32): the same seed gives the same cases on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNARY = ['sin', 'cos', 'tanh', 'exp', 'sqrt', 'abs', 'log'] as const;
const PARAM_NAMES = ['a', 'b', 'c', 'd', 'r', 'K', 'mu', 'w', 'k', 'q', 'p', 's', 'u', 'v', 'z', 'g'];

/**
 * `count` hostile line-view links from `seed`, in five classes taken in turn: deep nesting of random functions,
 * huge frequencies, huge windows, many parameters with extreme values, and long sums of oscillating terms; the kind
 * (ODE or potential) and the flow direction are drawn too. Every formula stays within the parser's limits
 * (1,000 characters, depth 200) so that the view does the work instead of refusing the text.
 */
export function hostileLinks(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const frequency = () => `${(1 + Math.floor(next() * 9)).toString()}e${3 + Math.floor(next() * 10)}`;
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const params = new URLSearchParams();
    params.set('kind', next() < 0.5 ? 'ode' : 'potential');
    params.set('dir', next() < 0.5 ? 'ascent' : 'descent');
    let formula: string;
    switch (i % 5) {
      case 0: {
        const depth = 40 + Math.floor(next() * 150);
        let text = 'x';
        for (let d = 0; d < depth; d++) text = `${pick(UNARY.slice(0, 3))}(${text})`;
        formula = text;
        break;
      }
      case 1:
        formula = `${pick(['sin', 'cos'])}(${frequency()}*x)${next() < 0.5 ? `*x^${Math.floor(next() * 9)}` : ''}`;
        break;
      case 2: {
        const half = 10 ** (2 + next() * 3.7);
        params.set('xmin', String(-half));
        params.set('xmax', String(half * (0.5 + next())));
        formula = pick(['sin(1e6*x)', 'x*(1-x)', 'exp(x)', 'sin(x)/x', 'cos(x^2)', 'tanh(1e4*x)*x']);
        break;
      }
      case 3: {
        const names = PARAM_NAMES.slice(0, 8 + Math.floor(next() * 8));
        formula = names.map((n, j) => `${n}*sin(${n}*x^${(j % 4) + 1})`).join(' + ');
        for (const n of names) params.set(`par.${n}`, String(pick([1e9, -1e9, 1e-9, 3, 1e6, 0])));
        break;
      }
      default: {
        const terms = 10 + Math.floor(next() * 25);
        formula = Array.from({ length: terms }, () => `sin(${frequency()}*x)`).join('+');
        break;
      }
    }
    params.set('f', formula);
    links.push(`?${params.toString()}`);
  }
  return links;
}

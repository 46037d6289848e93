// Test support (not part of the package): the hostile value set of issue 14 for @phaseflow/ode, and callbacks that
// turn hostile after some good calls. fast-check draws tags (plain data); the values are made from the tags inside
// the property, because fast-check itself must not touch a throwing getter or proxy.
import fc from 'fast-check';

/**
 * What a hostile callback throws, and what anything going wrong inside one becomes (writing a BigInt into its
 * Float64Array output is the user's own TypeError): the caller's exception, which must pass through unchanged.
 */
export class CallbackError extends Error {}

/** The caller's own function: whatever it throws (a RangeError from a mismatched output, say) is a CallbackError. */
export function user<F extends (...args: never[]) => unknown>(f: F): F {
  return ((...args: never[]) => {
    try {
      return f(...args);
    } catch (error) {
      throw error instanceof CallbackError ? error : new CallbackError(String(error));
    }
  }) as F;
}

const KEYS = [
  'length',
  '0',
  '1',
  'f',
  'x0',
  't1',
  'g',
  'h',
  'apply',
  'x',
  'y',
  'kind',
  'tableau',
  'a',
  'b',
  'c',
];

function throwingGetters(): object {
  const o = {};
  for (const key of KEYS) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return o;
}

function throwingProxy(): object {
  const trap = (name: string) => () => {
    throw new Error(`proxy ${name}`);
  };
  return new Proxy(
    {},
    { get: trap('get'), has: trap('has'), ownKeys: trap('ownKeys'), getPrototypeOf: trap('proto') },
  );
}

/** Wrong types, special numbers, malformed array-likes, frozen and empty objects. */
const CONSTANTS: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  5e-324,
  -1,
  2 ** 53 + 2,
  '',
  'x',
  '0.5',
  10n,
  Symbol('s'),
  [],
  [Number.NaN],
  [0, 1],
  [1e308, -1e308],
  { length: -1 },
  { length: Number.NaN },
  { length: 1.5 },
  { length: 1e9 },
  new Float64Array(0),
  Object.freeze({}),
  Object.freeze([0.5, 0.5]),
  {},
  () => 1,
];

/** What a hostile callback does once its good calls are spent. */
const BAD_RETURNS: readonly unknown[] = [
  10n,
  Symbol('s'),
  '0.5',
  'abc',
  '',
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -0,
  undefined,
  null,
  true,
  {},
  [1, 2],
  new Float64Array(1),
];
const BAD_ACTIONS = BAD_RETURNS.length + 3; // … then: throw, write a bad value into the output, write nothing

/**
 * A hostile value: a constant, a throwing getter or proxy, a frozen copy of the value it replaces, or (for a
 * function) that function made hostile after `good` calls.
 */
export type HostileTag =
  | { readonly constant: number }
  | { readonly make: 'getters' | 'proxy' | 'frozen' }
  | { readonly good: number; readonly bad: number };

export const hostileTag: fc.Arbitrary<HostileTag> = fc.oneof(
  fc.nat(CONSTANTS.length - 1).map((constant) => ({ constant })),
  fc.constantFrom('getters' as const, 'proxy' as const, 'frozen' as const).map((make) => ({ make })),
  fc.record({ good: fc.nat(6), bad: fc.nat(BAD_ACTIONS - 1) }),
);

/** Deep copy of plain objects and arrays (functions and other objects shared), so each case mutates its own. */
export function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  }
  return value;
}

/** The value `tag` describes, replacing `original`. */
export function hostile(tag: HostileTag, original: unknown): unknown {
  if ('constant' in tag) return CONSTANTS[tag.constant];
  if ('make' in tag) {
    if (tag.make === 'getters') return throwingGetters();
    if (tag.make === 'proxy') return throwingProxy();
    try {
      return Object.freeze(clone(original));
    } catch {
      return Object.freeze({}); // the slot already holds a hostile object (two breaks in one case)
    }
  }
  if (typeof original !== 'function') return BAD_RETURNS[tag.bad % BAD_RETURNS.length];
  return turning(original as (...args: unknown[]) => unknown, tag.good, tag.bad);
}

/** `f` for its first `good` calls, then the bad action `bad` at every call. */
function turning(
  f: (...args: unknown[]) => unknown,
  good: number,
  bad: number,
): (...args: unknown[]) => unknown {
  let calls = 0;
  return (...args: unknown[]) => {
    calls++;
    if (calls <= good) return f(...args);
    try {
      if (bad < BAD_RETURNS.length) return BAD_RETURNS[bad];
      if (bad === BAD_RETURNS.length) throw new CallbackError('callback');
      const out = args.findLast((a) => a instanceof Float64Array) as Float64Array | undefined;
      if (bad === BAD_RETURNS.length + 1) {
        f(...args);
        if (out) out[0] = (calls % 2 === 0 ? Number.NaN : 10n) as number;
        return Number.NaN;
      }
      return undefined; // writes nothing
    } catch (error) {
      throw error instanceof CallbackError ? error : new CallbackError(String(error));
    }
  };
}

/** Every slot a hostile value can take: each argument, and each field of plain objects and arrays (depth ≤ 3). */
export function slots(root: unknown[], depth = 3): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (container: Record<string | number, unknown>, key: string | number, level: number) => {
    out.push([container, key]);
    const value = container[key];
    if (level >= depth || value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return;
    for (const k of Object.keys(value)) walk(value as Record<string, unknown>, k, level + 1);
  };
  root.forEach((_, i) => {
    walk(root as unknown as Record<number, unknown>, i, 1);
  });
  return out;
}

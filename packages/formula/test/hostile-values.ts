// Test support (not part of the package): the hostile value set of issue 14, as a fast-check arbitrary.
import fc from 'fast-check';

/** What the hostile callback throws: a caller's own exception, which may pass through a function that calls it. */
export const CALLBACK_ERROR = new Error('callback');

const throwingGetter = () =>
  Object.defineProperty({}, 'length', {
    get() {
      throw new Error('getter');
    },
    enumerable: true,
  });

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('proxy get');
      },
      has() {
        throw new Error('proxy has');
      },
      ownKeys() {
        throw new Error('proxy ownKeys');
      },
      getPrototypeOf() {
        throw new Error('proxy getPrototypeOf');
      },
    },
  );

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
  5e-324,
  -1,
  '',
  'x',
  'x*(1-x)',
  '__proto__',
  'constructor',
  10n,
  Symbol('s'),
  [],
  [Number.NaN],
  { length: -1 },
  { length: Number.NaN },
  { length: 1.5 },
  { length: 1e9 },
  Object.freeze({ variables: ['x'] }),
  Object.freeze(['x', 'y']),
  () => 1,
  () => {
    throw CALLBACK_ERROR;
  },
  (x: number) => x,
  { parameters: { r: 1 } },
  { parameters: 'r' },
  { anchor: Number.NaN },
  { engine: 'eval' },
  { variables: ['x', 'x'] },
  { parameters: true },
];

/**
 * A description of a hostile value (fast-check itself must not touch a throwing proxy, so the value is made from
 * its description inside the property, by {@link hostile}).
 */
export type HostileTag =
  | { readonly constant: number }
  | { readonly make: 'getter' | 'proxy' }
  | { readonly value: unknown };

/** Wrong types, special numbers, malformed array-likes, getters and proxies that throw, frozen objects. */
export const hostileTag: fc.Arbitrary<HostileTag> = fc.oneof(
  fc.nat(CONSTANTS.length - 1).map((constant) => ({ constant })),
  fc.constantFrom('getter' as const, 'proxy' as const).map((make) => ({ make })),
  fc.double().map((value) => ({ value })),
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
  fc.array(fc.double(), { maxLength: 3 }).map((value) => ({ value })),
);

/** The value a tag describes (a fresh getter or proxy each time). */
export function hostile(tag: HostileTag): unknown {
  if ('constant' in tag) return CONSTANTS[tag.constant];
  if ('make' in tag) return tag.make === 'getter' ? throwingGetter() : throwingProxy();
  return tag.value;
}

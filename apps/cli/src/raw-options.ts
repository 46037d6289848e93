/**
 * The option values exactly as typed, keyed by the parser's camel-cased names (several when repeated). The option
 * parser turns every value that JavaScript's `+value` reads as a number into that number (`""` becomes 0, `0x10`
 * 16, `" 1"` 1), so the commands read these instead and apply their own, strict, rules. It reads the argument list
 * the way the parser does: `--name=value`, or `--name value` when the next word does not start with `-`.
 *
 * @example
 * ```ts
 * rawOptions(['solve', 'x', '--x0', '0x10', '--par', 'r=2', '--par', 'K=3']);
 * // Map { 'x0' => '0x10', 'par' => ['r=2', 'K=3'] }
 * ```
 */
export function rawOptions(args: readonly string[]): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  const add = (name: string, value: string) => {
    const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const old = out.get(key);
    out.set(key, old === undefined ? value : Array.isArray(old) ? [...old, value] : [old, value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const match = /^--([^=]+)(=([\s\S]*))?$/.exec(arg);
    if (match === null || BOOLEAN.has(match[1]!)) continue;
    if (match[2] !== undefined) {
      add(match[1]!, match[3]!);
      continue;
    }
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('-')) {
      add(match[1]!, next);
      i++;
    }
  }
  return out;
}

const BOOLEAN = new Set(['help', 'version']);

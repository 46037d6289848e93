/**
 * Makes two shapes of argument safe for the option parser. A formula right after the command that starts with a
 * minus sign (`solve "-x"`) gets a leading space, which mathjs ignores, so it is not read as a flag. And it joins `--name value` into `--name=value` when the value starts with a minus sign followed by a digit or a dot
 * (`--x0 -0.5`, `--range -1,2`): the option parser would otherwise read `-0.5` as a cluster of short flags.
 *
 * @example
 * ```ts
 * normalizeArgv(['equilibria', 'x', '--range', '-1,2']); // ['equilibria', 'x', '--range=-1,2']
 * normalizeArgv(['solve', '-x', '--x0', '1']);           // ['solve', ' -x', '--x0', '1']
 * ```
 */
export function normalizeArgv(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (i === 1 && /^-[^-]/.test(arg) && !SHORT_FLAGS.has(arg)) {
      out.push(` ${arg}`);
    } else if (/^--[A-Za-z][\w-]*$/.test(arg) && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

const SHORT_FLAGS = new Set(['-v']);

import { FormulaError } from '@phaseflow/formula';
import { PhaseflowError } from '@phaseflow/ode';
import { cac } from 'cac';
import { equilibriaCommand } from './commands/equilibria-command.ts';
import { optimizeCommand } from './commands/optimize-command.ts';
import { registerMapCommands } from './commands/register-map-commands.ts';
import { SOLVE_METHODS, solveCommand } from './commands/solve-command.ts';
import { normalizeArgv } from './normalize-argv.ts';
import { writeReport } from './output/render-report.ts';
import type { Report } from './output/report.ts';
import { terminalSafe } from './output/terminal-safe.ts';
import { rawOptions } from './raw-options.ts';
import { readFormat } from './read-options.ts';
import { UsageError } from './usage-error.ts';
import { walkthroughCommand } from './walkthrough/walkthrough-command.ts';

const VERSION = '0.1.0';

/**
 * Runs the `phaseflow` command line on `args` (process.argv without node and the script) and returns the exit
 * code: 0 done, 1 a numerical failure reported in the output (a solution that blew up), 2 bad input (one line on
 * stderr, no stack trace).
 *
 * @example
 * ```ts
 * await main(['solve', 'x*(1-x)', '--x0', '0.1', '--t1', '10']); // prints the table, returns 0
 * ```
 */
export async function main(args: readonly string[]): Promise<number> {
  let report: Report | undefined;
  let format: unknown;
  const cli = cac('phaseflow');
  cli.option('--format <format>', 'Output: table, csv or json (default: table)');

  cli
    .command('walkthrough', 'Why gradient descent works, told through dynamical systems, with the numbers')
    .option('--step <n>', 'Show only step n (1 to 11)')
    .example('  $ phaseflow walkthrough --step 9')
    .action((options) => {
      report = walkthroughCommand(options);
    });
  cli
    .command('solve <f>', "Solve x' = f(x, t), x(t0) = x0, on [t0, t1] and table the points")
    .option('--x0 <x0>', 'Initial value (required)')
    .option('--t1 <t1>', 'End time (required)')
    .option('--t0 <t0>', 'Start time (default: 0)')
    .option('--method <name>', `${SOLVE_METHODS.join(', ')} (default: rk4)`)
    .option('--h <h>', 'Step size of the fixed-step methods (default: 0.1)')
    .option('--rtol <rtol>', 'Relative tolerance of dopri5 and dop853 (default: 1e-6)')
    .option('--atol <atol>', 'Absolute tolerance of dopri5 and dop853 (default: 1e-9)')
    .option('--every <k>', 'Print every k-th point, and the last (default: 1)')
    .option('--par <name=value>', 'A parameter of the formula, as in --par r=2 (repeat for each)')
    .example('  $ phaseflow solve "x*(1-x)" --x0 0.1 --t1 10 --method rk4 --h 0.1')
    .action((f, options) => {
      report = solveCommand(f, options);
    });
  cli
    .command('equilibria <f>', "Equilibria of x' = f(x) on a range, their stability, and the phase line")
    .option('--range <a,b>', 'Where to look (default: -10,10)')
    .option('--grid <n>', 'Grid points of the search (default: 1001)')
    .option('--par <name=value>', 'A parameter of the formula, as in --par r=2 (repeat for each)')
    .example('  $ phaseflow equilibria "x^2*(1-x)" --range -1,2')
    .action((f, options) => {
      report = equilibriaCommand(f, options);
    });
  for (const [name, direction, sign] of [
    ['descend', 'descent', '−'],
    ['ascend', 'ascent', '+'],
  ] as const) {
    cli
      .command(`${name} <F>`, `Gradient ${direction} x_{k+1} = x_k ${sign} lr·F'(x_k) on a formula F(x)`)
      .option('--x0 <x0>', 'Starting point (required)')
      .option('--lr <lr>', 'Learning rate η, the Euler step h (default: 0.1)')
      .option('--steps <n>', 'Most iterations (default: 100)')
      .option('--grad-tol <tol>', "Stop when |F'(x)| is at most this (default: 1e-8)")
      .option('--par <name=value>', 'A parameter of the formula, as in --par a=2 (repeat for each)')
      .example(
        `  $ phaseflow ${name} "${name === 'descend' ? 'x^2' : 'x^2/2 - x^3/3'}" --x0 ${name === 'descend' ? 3 : 0.1} --lr 0.1 --steps 20`,
      )
      .action((F, options) => {
        report = optimizeCommand(direction, F, options);
      });
  }
  registerMapCommands(cli, (done) => {
    report = done;
  });
  // Not cli.help(): it registers -h as an alias of --help, and the parser would then read `--h 0.1` (the step
  // size) as a request for help.
  cli.globalCommand.option('--help', 'Display this message');
  cli.showHelpOnExit = true;
  cli.version(VERSION);

  try {
    const normalized = normalizeArgv(args);
    const parsed = cli.parse(['node', 'phaseflow', ...normalized], { run: false });
    // The parser turns "", 0x10 and " 1" into numbers; the commands read the values as typed, strictly.
    for (const [name, value] of rawOptions(normalized)) {
      if (Object.hasOwn(cli.options, name)) cli.options[name] = value;
    }
    if (parsed.options.help || parsed.options.version) return 0;
    if (cli.matchedCommand === undefined) {
      if (parsed.args.length > 0)
        throw new UsageError(`unknown command \`${parsed.args[0]}\` (see phaseflow --help)`);
      cli.outputHelp();
      return 0;
    }
    format = readFormat(parsed.options.format);
    cli.runMatchedCommand();
  } catch (error) {
    process.stderr.write(`phaseflow: ${terminalSafe(describe(error))}\n`);
    return isUsageError(error) ? 2 : 1;
  }
  if (report === undefined) return 0;
  const done = report;
  writeReport(done, readFormat(format), (chunk) => process.stdout.write(chunk));
  if (done.exitCode !== 0)
    process.stderr.write(`phaseflow: ${terminalSafe(String(done.summary.message ?? 'failed'))}\n`);
  return done.exitCode;
}

function isUsageError(error: unknown): boolean {
  return (
    error instanceof UsageError ||
    error instanceof FormulaError ||
    error instanceof PhaseflowError ||
    (error instanceof Error && error.name === 'CACError')
  );
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]!;
  return isUsageError(error) ? line : `internal error: ${line}`;
}

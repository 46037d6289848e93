import type { CAC } from 'cac';
import type { Report } from '../output/report.ts';
import { type BifurcationCommandOptions, bifurcationCommand } from './bifurcation-command.ts';
import { MAP_METHODS } from './map-method.ts';
import { type OrbitCommandOptions, orbitCommand } from './orbit-command.ts';

/**
 * Adds `phaseflow orbit` and `phaseflow bifurcation` (the step map of a method, and what happens when the step is
 * too big) to the command line; `done` receives the report a command produced.
 *
 * @example
 * ```ts
 * registerMapCommands(cac('phaseflow'), (report) => { … });
 * ```
 */
export function registerMapCommands(cli: CAC, done: (report: Report) => void): void {
  cli
    .command('orbit <f>', "Iterate a method's step map x -> x + h·f(x) (Euler) from x0, with its slope")
    .option('--h <h>', 'Step size (learning rate) h (required)')
    .option('--x0 <x0>', 'Starting point (required)')
    .option('--steps <n>', 'Iterations (default: 50)')
    .option('--method <name>', `${MAP_METHODS.join(', ')} (default: euler)`)
    .option('--par <name=value>', 'A parameter of the formula, as in --par r=2 (repeat for each)')
    .example('  $ phaseflow orbit "x*(1-x)" --h 2.5 --x0 0.5 --steps 40')
    .action((f, options: OrbitCommandOptions) => done(orbitCommand(f, options)));
  cli
    .command(
      'bifurcation <f>',
      "The orbit diagram of a method's step map over the step h, with its period doublings",
    )
    .option('--h <lo,hi>', 'Step sizes from lo to hi (default: 0.1,3)')
    .option('--columns <n>', 'Steps in [lo, hi], both included (default: 100)')
    .option('--x0 <x0>', 'Where every orbit starts (default: 0.5)')
    .option('--transient <n>', 'Iterates dropped first (default: 500)')
    .option('--keep <n>', 'Iterates kept per step (default: 200)')
    .option('--method <name>', `${MAP_METHODS.join(', ')} (default: euler)`)
    .option('--par <name=value>', 'A parameter of the formula, as in --par r=2 (repeat for each)')
    .example('  $ phaseflow bifurcation "x*(1-x)" --h 1.5,3.2 --columns 200 --format csv')
    .action((f, options: BifurcationCommandOptions) => done(bifurcationCommand(f, options)));
}

import type { FormulaFlow } from '@phaseflow/formula';

/**
 * What the view tells the user when a computation stopped at its work budget, or undefined when none did: the
 * numeric ∫₀ˣ f ran out of its evaluation budget (an integrand such as sin(10⁶·x) that no budget resolves on the
 * window), or F′ has no symbolic form within the size limit and is computed by central differences. Read after the
 * view's computations, since the antiderivative's flag is set by the evaluations made so far.
 *
 * @example
 * ```ts
 * const flow = flowFromFormula('sin(1000000*x)');
 * for (let x = -200; x <= 200; x += 0.5) flow.potential.evaluate(x);
 * resolutionNote(flow); // 'Resolution limited: ∫₀ˣ f oscillates too fast …'
 * ```
 */
export function resolutionNote(flow: FormulaFlow): string | undefined {
  const notes: string[] = [];
  if (flow.potential.resolutionLimited) {
    notes.push(
      '∫₀ˣ f oscillates too fast for its evaluation budget on this window, so F is drawn from unrefined panels and may be far off; zoom in to resolve it.',
    );
  }
  if (flow.given === 'potential' && flow.gradient.method === 'central-difference') {
    notes.push(
      'F′ has no symbolic form within the size limit, so it is computed by central differences (about 8 digits).',
    );
  }
  return notes.length > 0 ? `Resolution limited: ${notes.join(' ')}` : undefined;
}

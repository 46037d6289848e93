/** Median of a list of numbers (the list is copied, not reordered). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times one call in milliseconds. */
export function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Runs every contender once per round, in turn, for `rounds` rounds (interleaving spreads machine noise over all of
 * them alike), and returns each one's times and its per-round ratio to `baseline`.
 */
export function interleave(
  contenders: Record<string, () => unknown>,
  baseline: string,
  rounds: number,
): Record<string, { times: number[]; ratios: number[] }> {
  const names = Object.keys(contenders);
  const out: Record<string, { times: number[]; ratios: number[] }> = {};
  for (const name of names) out[name] = { times: [], ratios: [] };
  for (let r = 0; r < rounds + 1; r++) {
    const round: Record<string, number> = {};
    for (const name of names) round[name] = timeMs(contenders[name]!);
    if (r === 0) continue; // warm-up round: JIT tiers settle
    for (const name of names) {
      out[name]!.times.push(round[name]!);
      out[name]!.ratios.push(round[name]! / round[baseline]!);
    }
  }
  return out;
}

/** `1.18× (1.10–1.31)`: the median ratio and its spread over rounds. */
export function formatRatio(ratios: readonly number[]): string {
  return `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
}

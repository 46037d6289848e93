/**
 * The 0-based index of the first whole-word occurrence of `name` in `text`, or undefined. mathjs nodes carry no
 * source positions, so an error about a name points at the name's first appearance.
 */
export function findName(text: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}_$])${escaped}(?![\\p{L}\\p{N}_$])`, 'u').exec(text);
  return match ? match.index : undefined;
}

/** A cell of a table: numbers stay numbers until a renderer formats them. */
export type Cell = number | string | boolean | null;

/**
 * A named table: the unit every output format knows how to write. `rows` may be any iterable that can be iterated
 * more than once (an array, or an object whose `[Symbol.iterator]` makes a fresh generator): a million-row solution
 * is then written row by row, never held as a million arrays.
 */
export interface Table {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: Iterable<readonly Cell[]>;
}

/** A titled block of prose and tables (a walkthrough step, or the single block of a plain command). */
export interface Section {
  readonly title: string;
  readonly text: readonly string[];
  readonly tables: readonly Table[];
}

/**
 * What a command produces, independent of the output format: a few summary fields (the inputs and the outcome),
 * sections of prose and tables, and the exit code the outcome calls for (0 done, 1 a numerical failure such as a
 * solution blowing up; bad input never gets this far, it exits 2).
 */
export interface Report {
  readonly command: string;
  readonly summary: Readonly<Record<string, Cell>>;
  readonly sections: readonly Section[];
  readonly exitCode: 0 | 1;
}

import type { Data, Layout } from 'plotly.js-dist-min';
import type { NumberFormat } from '../components/format-number.ts';
import type { ExplorerParams } from './explorer-link.ts';

/** The one control a step offers: a slider over a fixed, sorted list of values. */
export interface StepControl {
  /** Short machine name, e.g. `h` or `x0`. */
  readonly name: string;
  /** What the reader changes, in words, e.g. `step size h`. */
  readonly label: string;
  /** The values the slider moves through, in slider order (left to right). */
  readonly values: readonly number[];
  /** The value shown first; one of `values`. */
  readonly initial: number;
  /** How the value reads beside the slider. */
  readonly format: (value: number) => string;
}

/** How a table column prints its numbers. */
export type ColumnFormat = Exclude<NumberFormat, number>;

/** A small table of numbers computed live for the current control value. */
export interface StepTable {
  readonly caption: string;
  readonly columns: readonly { readonly label: string; readonly format: ColumnFormat }[];
  readonly rows: readonly (readonly (number | string)[])[];
}

/** Everything a step shows for one control value: built by pure functions from the packages' results. */
export interface StepView {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
  /** What the plot shows, for assistive technology. */
  readonly plotLabel: string;
  /** One sentence with the numbers that matter for this value. */
  readonly readout: string;
  readonly table?: StepTable;
}

/** One step of the walkthrough, as data. */
export interface WalkthroughStep {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly title: string;
  /** Paragraphs of plain text. */
  readonly prose: readonly string[];
  /** The step's equation as KaTeX source (display mode). */
  readonly equation: string;
  readonly control: StepControl;
  /** The plot, readout and table for a control value. */
  readonly view: (value: number) => StepView;
  /** The explorer state that shows this step's idea at a control value. */
  readonly explorer: (value: number) => ExplorerParams;
}

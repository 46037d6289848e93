import { LatestWorker, type WorkerPort } from '../../latest-worker.ts';
import type { LineState } from '../state/line-state.ts';
import { createExplorerModel, type ModelResult } from './explorer-model.ts';
import type { ExplorerView } from './explorer-view.ts';
import { mergeViewDelta, type ViewDelta } from './view-delta.ts';

/**
 * The line worker's answer: the formula's error or the view as a delta (see viewDelta), and the milliseconds it
 * took there. Computed inline (no workers), the model's result itself.
 */
export interface LineAnswer {
  readonly error?: string;
  readonly delta?: ViewDelta;
  readonly inline?: ModelResult;
  readonly ms: number;
}

/** What the client needs from its surroundings; the defaults are the browser's. */
export interface LineComputeOptions {
  /** Starts a worker, or returns undefined where there are none (a Node DOM): the model then runs inline. */
  readonly createWorker?: () => WorkerPort<LineState, LineAnswer> | undefined;
  readonly now?: () => number;
}

/**
 * Runs the line model off the main thread through a {@link LatestWorker} (one request at a time, the latest input
 * wins, long work is cancelled by a new input): `request(state)` sends a state and `onResult` receives each answer
 * with the state it was computed for, rebuilt from the worker's delta so that unchanged stages keep their identity.
 * A state that differs from the last one sent only in `focus` sends nothing (the focus is drawn, not computed).
 * Without workers the model runs inline and `onResult` is called before `request` returns.
 *
 * @example
 * ```ts
 * const client = new LineComputeClient((result, state) => show(result, state));
 * client.request(DEFAULT_STATE); // true: sent; show() follows when the worker answers
 * client.computing;              // true until then
 * ```
 */
export class LineComputeClient {
  readonly #onResult: (result: ModelResult, state: LineState, ms: number) => void;
  readonly #work: LatestWorker<LineState, LineAnswer>;
  /** The last view the current worker sent: its next deltas refer to it. */
  #lastView: ExplorerView | undefined;
  #inline: ReturnType<typeof createExplorerModel> | undefined;
  #lastKey = '';

  constructor(
    onResult: (result: ModelResult, state: LineState, ms: number) => void,
    options: LineComputeOptions = {},
  ) {
    this.#onResult = onResult;
    const create = options.createWorker ?? browserWorker;
    this.#work = new LatestWorker<LineState, LineAnswer>(
      () => {
        // A fresh worker remembers nothing: its first answer is a whole view.
        this.#lastView = undefined;
        return create();
      },
      (state) => {
        this.#inline ??= createExplorerModel();
        return { inline: this.#inline.compute(state), ms: 0 };
      },
      (answer, state) => this.#answer(answer, state),
      options.now,
    );
  }

  /** True while a request is being computed or waits to be. */
  get computing(): boolean {
    return this.#work.computing;
  }

  /** Requests cancelled by a newer input. */
  get cancelled(): number {
    return this.#work.cancelled;
  }

  /** Sends `state` to be computed; false when nothing needs computing (the same state but for the focus). */
  request(state: LineState): boolean {
    const key = computeKey(state);
    if (key === this.#lastKey) return false;
    this.#lastKey = key;
    this.#work.request(state);
    return true;
  }

  /** Stops the worker (the view left the page); a later request starts a new one. */
  dispose(): void {
    this.#work.dispose();
    this.#lastKey = '';
  }

  #answer(answer: LineAnswer, state: LineState): void {
    if (answer.inline) {
      this.#onResult(answer.inline, state, answer.ms);
      return;
    }
    if (answer.delta === undefined) {
      this.#onResult({ error: answer.error ?? 'The view could not be computed.' }, state, answer.ms);
      return;
    }
    const view = mergeViewDelta(this.#lastView, answer.delta);
    this.#lastView = view;
    this.#onResult({ view }, state, answer.ms);
  }
}

/** Everything but the focus: two states with the same key give the same model result. */
function computeKey(state: LineState): string {
  const { focus: _focus, ...rest } = state;
  return JSON.stringify(rest);
}

function browserWorker(): WorkerPort<LineState, LineAnswer> | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('../line.worker.ts', import.meta.url), { type: 'module' }) as WorkerPort<
    LineState,
    LineAnswer
  >;
}

import type { LineState } from '../state/line-state.ts';
import { createExplorerModel, type ModelResult } from './explorer-model.ts';
import type { ExplorerView } from './explorer-view.ts';
import { mergeViewDelta, type ViewDelta } from './view-delta.ts';

/** What the line worker is asked: the state to compute, with an id its answer carries back. */
export interface LineRequest {
  readonly id: number;
  readonly state: LineState;
}

/** The worker's answer: the formula's error or the view as a delta (see viewDelta), and the milliseconds it took. */
export interface LineAnswer {
  readonly id: number;
  readonly error?: string;
  readonly delta?: ViewDelta;
  readonly ms: number;
}

/** The part of a Worker the client uses (a fake one in Node tests). */
export interface WorkerLike {
  postMessage(message: LineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LineAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A request running longer than this when a new input arrives is cancelled (the worker is terminated and a fresh
 * one started): shorter work is let finish, since a fresh worker must parse the formula again.
 */
export const CANCEL_AFTER_MS = 100;

/** What the client needs from its surroundings; the defaults are the browser's. */
export interface LineComputeOptions {
  /** Starts a worker, or returns undefined where there are none (a Node DOM): the model then runs inline. */
  readonly createWorker?: () => WorkerLike | undefined;
  readonly now?: () => number;
}

/**
 * Runs the line model off the main thread: `request(state)` sends a state to the worker and `onResult` receives
 * each answer with the state it was computed for. At most one request runs at a time; inputs arriving meanwhile
 * keep only the latest, and one arriving after the running request has taken CANCEL_AFTER_MS cancels it. A state
 * that differs from the last one sent only in `focus` sends nothing (the focus is drawn, not computed). Without
 * workers the model runs inline and `onResult` is called before `request` returns.
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
  readonly #createWorker: () => WorkerLike | undefined;
  readonly #now: () => number;
  #worker: WorkerLike | undefined;
  /** The last view the current worker sent: its next deltas refer to it. */
  #lastView: ExplorerView | undefined;
  #inline: ReturnType<typeof createExplorerModel> | undefined;
  #running: { id: number; state: LineState; since: number } | undefined;
  #queued: LineState | undefined;
  #lastKey = '';
  #nextId = 0;
  /** Requests cancelled by a newer input (for tests and the report). */
  cancelled = 0;

  constructor(
    onResult: (result: ModelResult, state: LineState, ms: number) => void,
    options: LineComputeOptions = {},
  ) {
    this.#onResult = onResult;
    this.#createWorker = options.createWorker ?? browserWorker;
    this.#now = options.now ?? (() => performance.now());
  }

  /** True while a request is being computed or waits to be. */
  get computing(): boolean {
    return this.#running !== undefined || this.#queued !== undefined;
  }

  /** Sends `state` to be computed; false when nothing needs computing (the same state but for the focus). */
  request(state: LineState): boolean {
    const key = computeKey(state);
    if (key === this.#lastKey) return false;
    this.#lastKey = key;
    if (!this.#inline && !this.#worker) this.#worker = this.#start();
    if (this.#inline || !this.#worker) {
      this.#inline ??= createExplorerModel();
      const started = this.#now();
      this.#onResult(this.#inline.compute(state), state, this.#now() - started);
      return true;
    }
    if (this.#running === undefined) this.#send(state);
    else if (this.#now() - this.#running.since >= CANCEL_AFTER_MS) {
      this.cancelled++;
      this.#worker.terminate();
      this.#worker = this.#start();
      this.#send(state);
    } else this.#queued = state;
    return true;
  }

  /** Stops the worker (the view left the page); a later request starts a new one. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#lastView = undefined;
    this.#running = undefined;
    this.#queued = undefined;
    this.#lastKey = '';
  }

  #start(): WorkerLike | undefined {
    const worker = this.#createWorker();
    if (!worker) return undefined;
    this.#lastView = undefined;
    worker.onmessage = (event) => this.#answer(worker, event.data);
    worker.onerror = () => {
      // A bug in the model: the browser reports it; the client must not wait for an answer that never comes.
      if (worker === this.#worker) this.#next();
    };
    return worker;
  }

  #send(state: LineState): void {
    const id = ++this.#nextId;
    this.#running = { id, state, since: this.#now() };
    this.#worker!.postMessage({ id, state });
  }

  #answer(worker: WorkerLike, answer: LineAnswer): void {
    const running = this.#running;
    if (worker !== this.#worker || running === undefined || answer.id !== running.id) return;
    this.#next();
    if (answer.delta === undefined) {
      this.#onResult({ error: answer.error ?? 'The view could not be computed.' }, running.state, answer.ms);
      return;
    }
    const view = mergeViewDelta(this.#lastView, answer.delta);
    this.#lastView = view;
    this.#onResult({ view }, running.state, answer.ms);
  }

  #next(): void {
    this.#running = undefined;
    const queued = this.#queued;
    this.#queued = undefined;
    if (queued) this.#send(queued);
  }
}

/** Everything but the focus: two states with the same key give the same model result. */
function computeKey(state: LineState): string {
  const { focus: _focus, ...rest } = state;
  return JSON.stringify(rest);
}

function browserWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('../line.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

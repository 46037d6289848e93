import type { BasinRequest, BasinResult } from './model/basin-job.ts';
import { computeBasins } from './model/basin-job.ts';
import type { LandscapeState } from './state/landscape-state.ts';

/** The basin map's size: starts per axis and GD steps from each (issue 19: 128 × 128 × 200). */
export const BASIN_SIZE = { resolution: 128, steps: 200, count: 12, seed: 1 } as const;

/** How long a drag must pause before the basin map of its value is asked for. */
export const DRAG_PAUSE_MS = 150;

/**
 * Sends basin-map requests to the view's worker and hands back each answer (coarse first, then refined). A new
 * request while the worker is still busy terminates it and starts a fresh one: the old job is cancelled, not
 * queued. Without Worker (a Node DOM in tests) the same pure function runs after the update.
 */
export class BasinClient {
  readonly #onResult: (result: BasinResult) => void;
  #worker: Worker | undefined;
  #busy = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #key = '';
  #latest = 0;
  /** How many requests were sent (the benchmark waits for new ones). */
  requests = 0;

  constructor(onResult: (result: BasinResult) => void) {
    this.#onResult = onResult;
  }

  /**
   * Asks for the map of this state unless the last request was for the same loss, box and η. While a control is
   * being dragged the request waits until the moves pause for DRAG_PAUSE_MS (each move would otherwise restart the
   * worker); the last one is sent.
   */
  request(s: LandscapeState, dragging = false): void {
    clearTimeout(this.#timer);
    if (dragging) {
      this.#timer = setTimeout(() => this.request(s), DRAG_PAUSE_MS);
      return;
    }
    const request: BasinRequest = {
      loss: s.loss,
      params: { ...s.params },
      box: [s.xMin, s.xMax, s.yMin, s.yMax],
      learningRate: s.lr,
      ...BASIN_SIZE,
    };
    const key = JSON.stringify(request);
    if (key === this.#key) return;
    this.#key = key;
    const id = ++this.#latest;
    this.requests++;
    if (typeof Worker === 'undefined') {
      queueMicrotask(() => {
        if (id === this.#latest) this.#onResult(computeBasins(request));
      });
      return;
    }
    if (this.#busy) this.stop();
    this.#worker ??= this.#start();
    this.#busy = true;
    this.#worker.postMessage({ id, request });
  }

  /** Terminates the worker (a new one starts with the next request). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#busy = false;
  }

  #start(): Worker {
    const worker = new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      event: MessageEvent<{ id: number; stage: 'coarse' | 'fine'; result: BasinResult }>,
    ) => {
      if (event.data.id !== this.#latest) return;
      if (event.data.stage === 'fine') this.#busy = false;
      this.#onResult(event.data.result);
    };
    return worker;
  }
}

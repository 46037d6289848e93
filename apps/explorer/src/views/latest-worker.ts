/** The part of a Worker a {@link LatestWorker} uses (a fake one in Node tests). */
export interface WorkerPort<Q, A> {
  postMessage(message: { id: number; request: Q }): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<{ id: number; answer: A }>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A request running at least this long when a newer one arrives is cancelled (its worker terminated). */
export const CANCEL_AFTER_MS = 100;

/**
 * A view's computation in a worker, newest input first: one request runs at a time, requests arriving meanwhile keep
 * only the latest, and one arriving after the running request has taken CANCEL_AFTER_MS terminates that worker and
 * starts a fresh one (shorter work is let finish: a fresh worker must load and parse again). Where there are no
 * workers (a Node DOM) `inline` computes the answer before `request` returns.
 *
 * @example
 * ```ts
 * const work = new LatestWorker(() => new Worker(url, { type: 'module' }), compute, (answer) => show(answer));
 * work.request(state); // show() follows when the worker answers
 * ```
 */
export class LatestWorker<Q, A> {
  readonly #create: () => WorkerPort<Q, A> | undefined;
  readonly #inline: (request: Q) => A;
  readonly #onAnswer: (answer: A, request: Q) => void;
  readonly #now: () => number;
  #worker: WorkerPort<Q, A> | undefined;
  #noWorkers = false;
  #running: { id: number; request: Q; since: number } | undefined;
  #queued: { request: Q } | undefined;
  #nextId = 0;
  /** Requests cancelled by a newer one. */
  cancelled = 0;

  constructor(
    create: () => WorkerPort<Q, A> | undefined,
    inline: (request: Q) => A,
    onAnswer: (answer: A, request: Q) => void,
    now: () => number = () => performance.now(),
  ) {
    this.#create = create;
    this.#inline = inline;
    this.#onAnswer = onAnswer;
    this.#now = now;
  }

  /** True while a request runs or waits. */
  get computing(): boolean {
    return this.#running !== undefined || this.#queued !== undefined;
  }

  request(request: Q): void {
    if (!this.#noWorkers && !this.#worker) this.#worker = this.#start();
    if (!this.#worker) {
      this.#noWorkers = true;
      this.#onAnswer(this.#inline(request), request);
    } else if (this.#running === undefined) this.#send(request);
    else if (this.#now() - this.#running.since >= CANCEL_AFTER_MS) {
      this.cancelled++;
      this.#queued = undefined;
      this.#worker.terminate();
      this.#worker = this.#start();
      this.#send(request);
    } else this.#queued = { request };
  }

  /** Stops the worker and forgets pending work; a later request starts a new one. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#running = undefined;
    this.#queued = undefined;
  }

  #start(): WorkerPort<Q, A> | undefined {
    const worker = this.#create();
    if (!worker) return undefined;
    worker.onmessage = (event) => {
      const running = this.#running;
      if (worker !== this.#worker || running === undefined || event.data.id !== running.id) return;
      this.#next();
      this.#onAnswer(event.data.answer, running.request);
    };
    // A bug in the computation: the browser reports it; nothing waits for an answer that will not come.
    worker.onerror = () => {
      if (worker === this.#worker) this.#next();
    };
    return worker;
  }

  #send(request: Q): void {
    const id = ++this.#nextId;
    this.#running = { id, request, since: this.#now() };
    this.#worker!.postMessage({ id, request });
  }

  #next(): void {
    this.#running = undefined;
    const queued = this.#queued;
    this.#queued = undefined;
    if (queued) this.#send(queued.request);
  }
}

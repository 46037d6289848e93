import { describe, expect, test } from 'vitest';
import { CANCEL_AFTER_MS, type WorkerPort } from '../../latest-worker.ts';
import type { LineState } from '../state/line-state.ts';
import { DEFAULT_STATE } from '../state/presets.ts';
import { createExplorerModel, type ModelResult } from './explorer-model.ts';
import type { ExplorerView } from './explorer-view.ts';
import { type LineAnswer, LineComputeClient } from './line-compute-client.ts';
import { viewDelta } from './view-delta.ts';

/** A worker that runs the real model when told to answer, as line.worker.ts does, and records what it was sent. */
type Request = { id: number; request: LineState };
class FakeWorker implements WorkerPort<LineState, LineAnswer> {
  onmessage: ((event: MessageEvent<{ id: number; answer: LineAnswer }>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: Request[] = [];
  terminated = false;
  readonly #model = createExplorerModel();
  #last: ExplorerView | undefined;
  postMessage(message: Request): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request not yet answered. */
  answer(): void {
    const { id, request } = this.sent.shift()!;
    const result = this.#model.compute(request);
    let answer: LineAnswer;
    if (result.error !== undefined) answer = { error: result.error, ms: 0 };
    else {
      answer = { delta: structuredClone(viewDelta(this.#last, result.view)), ms: 0 };
      this.#last = result.view;
    }
    this.onmessage?.({ data: { id, answer } } as MessageEvent<{ id: number; answer: LineAnswer }>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const shown: { result: ModelResult; state: LineState }[] = [];
  let clock = 0;
  const client = new LineComputeClient((result, state) => shown.push({ result, state }), {
    createWorker: () => {
      workers.push(new FakeWorker());
      return workers.at(-1);
    },
    now: () => clock,
  });
  return { client, workers, shown, tick: (ms: number) => (clock += ms) };
}

/** The view of a result, or undefined for a formula error. */
const viewOf = (r: ModelResult): ExplorerView | undefined => (r.error === undefined ? r.view : undefined);
const at = (eta: number): LineState => ({ ...DEFAULT_STATE, eta });

describe('LineComputeClient', () => {
  test('request(state) sends one request at a time; inputs meanwhile keep only the latest', () => {
    const { client, workers, shown } = setup();
    expect(client.request(at(0.5))).toBe(true);
    client.request(at(0.4));
    client.request(at(0.3));
    expect(workers[0]!.sent.map((r) => r.request.eta)).toEqual([0.5]);
    expect(client.computing).toBe(true);
    workers[0]!.answer();
    expect(workers[0]!.sent.map((r) => r.request.eta)).toEqual([0.3]);
    workers[0]!.answer();
    expect(shown.map((s) => s.state.eta)).toEqual([0.5, 0.3]);
    expect(client.computing).toBe(false);
  });

  test(`request(state) cancels a request running ${CANCEL_AFTER_MS} ms or more: the worker is replaced`, () => {
    const { client, workers, shown, tick } = setup();
    client.request(at(0.5));
    tick(CANCEL_AFTER_MS);
    client.request(at(0.2));
    expect(workers[0]!.terminated).toBe(true);
    expect(client.cancelled).toBe(1);
    expect(workers[1]!.sent.map((r) => r.request.eta)).toEqual([0.2]);
    workers[1]!.answer();
    expect(shown.map((s) => s.state.eta)).toEqual([0.2]);
  });

  test('request(state) sends nothing for a change of the focus alone', () => {
    const { client, workers } = setup();
    client.request(DEFAULT_STATE);
    workers[0]!.answer();
    expect(client.request({ ...DEFAULT_STATE, focus: 3 })).toBe(false);
    expect(workers[0]!.sent).toEqual([]);
  });

  test('answers rebuild the view with unchanged stages kept by identity, equal to the model run inline', () => {
    const { client, workers, shown } = setup();
    client.request(at(0.5));
    workers[0]!.answer();
    client.request(at(0.25));
    workers[0]!.answer();
    const [a, b] = shown.map((s) => viewOf(s.result)!);
    expect(b!.grid).toBe(a!.grid);
    expect(b!.iterates).not.toBe(a!.iterates);
    const inline = viewOf(createExplorerModel().compute(at(0.25)))!;
    expect(Array.from(b!.iterates.x)).toEqual(Array.from(inline.iterates.x));
    expect(Array.from(b!.grid.F)).toEqual(Array.from(inline.grid.F));
  });

  test('a formula error comes back as the error, and the next view still merges', () => {
    const { client, workers, shown } = setup();
    client.request(DEFAULT_STATE);
    workers[0]!.answer();
    client.request({ ...DEFAULT_STATE, formula: 'x*(1-x' });
    workers[0]!.answer();
    client.request({ ...DEFAULT_STATE, eta: 0.3 });
    workers[0]!.answer();
    expect(shown[1]!.result.error).toBeTypeOf('string');
    expect(viewOf(shown[1]!.result)).toBeUndefined();
    client.request({ ...DEFAULT_STATE, eta: 0.25 });
    workers[0]!.answer();
    expect(viewOf(shown[3]!.result)!.grid).toBe(viewOf(shown[2]!.result)!.grid);
    expect(Array.from(viewOf(shown[3]!.result)!.grid.F)).toEqual(
      Array.from(viewOf(shown[0]!.result)!.grid.F),
    );
  });

  test('without workers the model runs inline and the result is shown before request returns', () => {
    const shown: ModelResult[] = [];
    const client = new LineComputeClient((r) => shown.push(r), { createWorker: () => undefined });
    client.request(DEFAULT_STATE);
    expect(shown).toHaveLength(1);
    expect(viewOf(shown[0]!)?.equilibria.map((e) => e.kind)).toEqual(['unstable', 'stable']);
    expect(client.computing).toBe(false);
  });
});

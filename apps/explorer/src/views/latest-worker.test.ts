import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANCEL_AFTER_MS, LatestWorker, type WorkerPort } from './latest-worker.ts';

/** A worker that doubles numbers when told to answer, recording what it was sent. */
class FakeWorker implements WorkerPort<number, number> {
  onmessage: ((event: MessageEvent<{ id: number; answer: number }>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: { id: number; request: number }[] = [];
  terminated = false;
  postMessage(message: { id: number; request: number }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(): void {
    const { id, request } = this.sent.shift()!;
    this.onmessage?.({ data: { id, answer: 2 * request } } as MessageEvent<{ id: number; answer: number }>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const shown: [number, number][] = [];
  let clock = 0;
  const work = new LatestWorker<number, number>(
    () => {
      workers.push(new FakeWorker());
      return workers.at(-1);
    },
    (q) => -q,
    (a, q) => shown.push([q, a]),
    () => clock,
  );
  return { work, workers, shown, tick: (ms: number) => (clock += ms) };
}

describe('LatestWorker', () => {
  test('request(q) runs one at a time and keeps only the latest of those arriving meanwhile', () => {
    const { work, workers, shown } = setup();
    work.request(1);
    work.request(2);
    work.request(3);
    workers[0]!.answer();
    workers[0]!.answer();
    expect(shown).toEqual([
      [1, 2],
      [3, 6],
    ]);
    expect(work.computing).toBe(false);
  });

  test(`request(q) after ${CANCEL_AFTER_MS} ms of running terminates the worker and starts a fresh one`, () => {
    const { work, workers, shown, tick } = setup();
    work.request(1);
    tick(CANCEL_AFTER_MS);
    work.request(5);
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.answer();
    expect(shown).toEqual([[5, 10]]);
    expect(work.cancelled).toBe(1);
  });

  test('a worker error frees the queue: the latest request still runs', () => {
    const { work, workers, shown } = setup();
    work.request(1);
    work.request(2);
    workers[0]!.sent.shift();
    workers[0]!.onerror?.({} as ErrorEvent);
    workers[0]!.answer();
    expect(shown).toEqual([[2, 4]]);
  });

  test('without workers request(q) answers inline before returning', () => {
    const shown: number[] = [];
    const work = new LatestWorker<number, number>(
      () => undefined,
      (q) => q + 1,
      (a) => shown.push(a),
    );
    work.request(1);
    expect(shown).toEqual([2]);
  });

  test('any sequence of requests, answers and clock moves: the last request is always the last shown (10^4 cases)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('request' as const), value: fc.integer() }),
      fc.record({ kind: fc.constant('answer' as const) }),
      fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 2 * CANCEL_AFTER_MS }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const { work, workers, shown, tick } = setup();
        let last: number | undefined;
        for (const s of steps) {
          if (s.kind === 'request') {
            work.request(s.value);
            last = s.value;
          } else if (s.kind === 'tick') tick(s.ms);
          else if (workers.at(-1)?.sent.length) workers.at(-1)!.answer();
        }
        // Drain: only the current worker answers; a terminated one never does.
        while (workers.at(-1)?.sent.length) workers.at(-1)!.answer();
        expect(work.computing).toBe(false);
        if (last !== undefined) expect(shown.at(-1)).toEqual([last, 2 * last]);
        // Never more than one request in flight per worker.
        for (const w of workers) expect(w.sent.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 10_000 },
    );
  });
});

import { basins, multiStart } from '@phaseflow/gradient-flow';
import { createLossCompiler } from './compile-landscape-loss.ts';

/** What the basin worker is asked: plain data only. */
export interface BasinRequest {
  readonly loss: string;
  readonly params: Readonly<Record<string, number>>;
  readonly box: readonly [number, number, number, number];
  readonly learningRate: number;
  /** Starts per axis. */
  readonly resolution: number;
  /** GD steps from each start. */
  readonly steps: number;
  /** Multi-start: how many seeded random starts, and the seed. */
  readonly count: number;
  readonly seed: number;
}

/** The basin map and the multi-start runs drawn on it. */
export interface BasinResult {
  readonly resolution: number;
  /** Row-major resolution²: the index of the minimum reached, −1 when the run did not settle. */
  readonly labels: Int32Array;
  readonly minima: readonly {
    readonly x: number;
    readonly y: number;
    readonly value: number;
    readonly count: number;
  }[];
  /** Multi-start: each run's iterates, row-major (x, y); the best run's index. */
  readonly paths: readonly Float64Array[];
  readonly best: number;
  /** Milliseconds `basins` took (the benchmark's figure), and the whole job. */
  readonly basinMs: number;
  readonly totalMs: number;
  readonly error?: string;
}

const compile = createLossCompiler();

/**
 * One stage of the basin worker: `basins` (GD at the current η from each cell centre of a resolution² grid) and
 * `multiStart` (seeded random starts in the box, each a plain `gradientDescent` run). Pure: tested in Node, run in
 * the worker.
 *
 * @example
 * ```ts
 * computeBasins({ loss: '(x^2 - 1)^2 + 0.3*x + y^2', params: {},
 *   box: [-1.8, 1.8, -1.4, 1.4], learningRate: 0.05, resolution: 32, steps: 200, count: 12, seed: 1 }).minima.length; // 2
 * ```
 */
export function computeBasins(request: BasinRequest): BasinResult {
  const started = performance.now();
  const empty = { resolution: 0, labels: new Int32Array(0), minima: [], paths: [], best: -1, basinMs: 0 };
  const compiled = compile(request.loss, request.params);
  if (!compiled.loss) return { ...empty, totalMs: performance.now() - started, error: compiled.error };
  const [x0, x1, y0, y1] = request.box;
  const box = [
    [x0, x1],
    [y0, y1],
  ] as const;
  try {
    const map = basins(compiled.loss, box, {
      resolution: request.resolution,
      learningRate: request.learningRate,
      steps: request.steps,
    });
    const basinMs = performance.now() - started;
    const starts = multiStart(compiled.loss, {
      count: request.count,
      range: box,
      seed: request.seed,
      learningRate: request.learningRate,
      steps: request.steps,
    });
    return {
      resolution: map.nx,
      labels: map.labels,
      minima: map.minima.map((m) => ({ x: m.x[0]!, y: m.x[1]!, value: m.value, count: m.count })),
      paths: starts.runs.map((r) => r.x),
      best: starts.best,
      basinMs,
      totalMs: performance.now() - started,
    };
  } catch (e) {
    return {
      ...empty,
      totalMs: performance.now() - started,
      error: e instanceof Error ? e.message : String(e),
    };
  }
}

/** The typed arrays of a result, to transfer rather than copy. */
export function basinTransferables(result: BasinResult): ArrayBuffer[] {
  return [result.labels.buffer as ArrayBuffer, ...result.paths.map((p) => p.buffer as ArrayBuffer)];
}

// The line view's worker: a thin shell around the line model (tested in Node). It keeps one model, so its stages
// stay remembered between requests (a slider move recomputes only what it changes), and sends each view as a delta
// against the last one it sent, so unchanged parts keep their identity on the other side. Each answer carries its
// request's id back. The client terminates the worker when a new input arrives during long work.
import { createExplorerModel } from './model/explorer-model.ts';
import type { ExplorerView } from './model/explorer-view.ts';
import type { LineAnswer, LineRequest } from './model/line-compute-client.ts';
import { viewDelta } from './model/view-delta.ts';

const model = createExplorerModel();
let lastView: ExplorerView | undefined;

self.onmessage = (event: MessageEvent<LineRequest>) => {
  const { id, state } = event.data;
  const started = performance.now();
  const result = model.compute(state);
  const ms = performance.now() - started;
  let answer: LineAnswer;
  if (result.error !== undefined) answer = { id, error: result.error, ms };
  else {
    answer = { id, delta: viewDelta(lastView, result.view), ms };
    lastView = result.view;
  }
  // Copied, not transferred: the model's remembered stages still hold these arrays.
  (self as unknown as Worker).postMessage(answer);
};

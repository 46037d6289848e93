// The line view's worker: a thin shell around the line model (tested in Node). It keeps one model, so its stages
// stay remembered between requests (a slider move recomputes only what it changes), and sends each view as a delta
// against the last one it sent, so unchanged parts keep their identity on the other side. Each answer carries its
// request's id back; the client terminates the worker when a new input arrives during long work.
import { createExplorerModel } from './model/explorer-model.ts';
import type { ExplorerView } from './model/explorer-view.ts';
import type { LineAnswer } from './model/line-compute-client.ts';
import { viewDelta } from './model/view-delta.ts';
import type { LineState } from './state/line-state.ts';

const model = createExplorerModel();
let lastView: ExplorerView | undefined;

self.onmessage = (event: MessageEvent<{ id: number; request: LineState }>) => {
  const { id, request } = event.data;
  const started = performance.now();
  const result = model.compute(request);
  const ms = performance.now() - started;
  let answer: LineAnswer;
  if (result.error !== undefined) answer = { error: result.error, ms };
  else {
    answer = { delta: viewDelta(lastView, result.view), ms };
    lastView = result.view;
  }
  // Copied, not transferred: the model's remembered stages still hold these arrays.
  (self as unknown as Worker).postMessage({ id, answer });
};

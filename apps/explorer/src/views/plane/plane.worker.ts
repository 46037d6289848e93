// The plane view's worker: a thin shell around the plane model (tested in Node), which keeps its stages between
// requests (a click recomputes only the trajectory). Each answer carries its request's id back.

import { createPlaneModel } from './model/plane-model.ts';
import type { PlaneState } from './state/plane-state.ts';

const model = createPlaneModel();

self.onmessage = (event: MessageEvent<{ id: number; request: PlaneState }>) => {
  const { id, request } = event.data;
  (self as unknown as Worker).postMessage({ id, answer: model.compute(request) });
};

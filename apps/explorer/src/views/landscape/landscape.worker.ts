// The basin map's worker: a thin shell around computeBasins (tested in Node). Each request is answered twice, coarse
// (32 × 32 starts) then refined; between the two it yields, and drops the refinement when a newer request came in.
import { type BasinRequest, basinTransferables, computeBasins } from './model/basin-job.ts';

/** Starts per axis of the first, coarse answer. */
const COARSE = 32;
let latest = 0;

self.onmessage = async (event: MessageEvent<{ id: number; request: BasinRequest }>) => {
  const { id, request } = event.data;
  latest = id;
  const post = (stage: 'coarse' | 'fine', resolution: number) => {
    const result = computeBasins({ ...request, resolution });
    (self as unknown as Worker).postMessage({ id, stage, result }, basinTransferables(result));
  };
  if (request.resolution > COARSE) {
    post('coarse', COARSE);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (id !== latest) return;
  }
  post('fine', request.resolution);
};

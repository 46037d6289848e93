// The orbit diagram's worker: a thin shell around computeDiagram (tested in Node). Each request carries an id; the
// answer carries it back with the result's typed arrays transferred, not copied.
import { computeDiagram, type DiagramRequest, transferables } from './model/diagram.ts';

self.onmessage = (event: MessageEvent<{ id: number; request: DiagramRequest }>) => {
  const { id, request } = event.data;
  const result = computeDiagram(request);
  (self as unknown as Worker).postMessage({ id, result }, transferables(result));
};

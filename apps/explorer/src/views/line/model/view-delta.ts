import type { ExplorerView } from './explorer-view.ts';

/** A view as the worker sends it: the fields that changed since its last answer, and the names of those that did not. */
export interface ViewDelta {
  readonly changed: Partial<ExplorerView>;
  readonly same: readonly (keyof ExplorerView)[];
}

/**
 * The fields of `next` that are not the very same objects as in `previous` (the model remembers its stages, so an
 * unchanged stage returns the same object): what the worker needs to send. With `mergeViewDelta` on the other side
 * the view keeps the identity of every unchanged part across the worker boundary, so the trace builders still see
 * which panels need no redraw (moving η redraws two panels, not three).
 *
 * @example
 * ```ts
 * const d = viewDelta(a, { ...a, tMax: 4 });
 * d.same.includes('grid'); // true
 * Object.keys(d.changed);  // ['tMax']
 * ```
 */
export function viewDelta(previous: ExplorerView | undefined, next: ExplorerView): ViewDelta {
  const changed: Record<string, unknown> = {};
  const same: (keyof ExplorerView)[] = [];
  for (const key of Object.keys(next) as (keyof ExplorerView)[]) {
    if (previous !== undefined && Object.hasOwn(previous, key) && Object.is(previous[key], next[key]))
      same.push(key);
    else changed[key] = next[key];
  }
  return { changed: changed as Partial<ExplorerView>, same };
}

/**
 * The view a delta describes: its changed fields, and the unchanged ones taken (by identity) from `previous`, the
 * view the same worker sent last.
 *
 * @example
 * ```ts
 * const view = mergeViewDelta(a, viewDelta(a, { ...a, tMax: 4 }));
 * view.grid === a.grid; // true
 * ```
 */
export function mergeViewDelta(previous: ExplorerView | undefined, delta: ViewDelta): ExplorerView {
  const view: Record<string, unknown> = { ...delta.changed };
  for (const key of delta.same) view[key] = previous?.[key];
  return view as unknown as ExplorerView;
}

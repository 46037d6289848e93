import { landscapeView } from '../views/landscape/index.ts';
import { lineView } from '../views/line/index.ts';
import { mapView } from '../views/map/index.ts';
import { planeView } from '../views/plane/index.ts';
import type { AnyViewDefinition } from './view-definition.ts';

/**
 * Every view of the explorer, in the switcher's order. Adding a view is one entry here plus its folder
 * `views/<id>/` (see `views/README.md`); the first entry is the default when the URL names no view.
 */
export const VIEWS: readonly AnyViewDefinition[] = [lineView, mapView, planeView, landscapeView];

/** The view shown when the URL has no (known) `view=`: `line`, so links from before the views keep working. */
export const DEFAULT_VIEW: AnyViewDefinition = VIEWS[0]!;

/** The view with this id, or undefined. */
export function viewById(id: string): AnyViewDefinition | undefined {
  return VIEWS.find((v) => v.id === id);
}

import { pickShared, type SharedState, VIEW_PARAM } from '../state/shared-state.ts';
import type { AnyViewDefinition } from './view-definition.ts';
import { DEFAULT_VIEW, viewById } from './view-registry.ts';

/**
 * The whole page's state: which view is shown and the state of every view shown so far (each holds the shared
 * fields as well; the active view's are the ones in force). Plain data, changed only by the functions below.
 */
export interface AppState {
  readonly view: string;
  readonly states: Readonly<Record<string, SharedState>>;
}

/** The active view's definition. */
export function activeDefinition(app: AppState): AnyViewDefinition {
  return viewById(app.view) ?? DEFAULT_VIEW;
}

/** The active view's state. */
export function activeState(app: AppState): SharedState {
  return app.states[app.view]!;
}

/**
 * Reads the page's state from a query string: `view=` picks the view (absent or unknown: the default, `line`, so
 * every link from before the views keeps its meaning), whose `decode` reads the shared fields and its own. The
 * other views keep what `remembered` had for them (back and forward change only the view the entry shows).
 *
 * @example
 * ```ts
 * decodeApp('?p=square').view;                  // 'line'
 * decodeApp('?p=square').states.line.formula;   // 'x^2'
 * ```
 */
export function decodeApp(search: string, remembered?: AppState): AppState {
  const params = new URLSearchParams(search);
  const definition = viewById(params.get(VIEW_PARAM) ?? '') ?? DEFAULT_VIEW;
  return {
    view: definition.id,
    states: { ...remembered?.states, [definition.id]: definition.decode(params) },
  };
}

/**
 * The query string of the page: `view=<id>`, then the active view's state as its `encode` writes it (the shared
 * fields, `par.<name>` parameters and the view's own fields). Other views' states are not written.
 *
 * @example
 * ```ts
 * encodeApp(decodeApp('')); // 'view=line&p=logistic&kind=ode&…'
 * ```
 */
export function encodeApp(app: AppState): string {
  const definition = activeDefinition(app);
  return `${VIEW_PARAM}=${encodeURIComponent(definition.id)}&${definition.encode(activeState(app))}`;
}

/**
 * Shows another view: it takes the shared fields of the view being left and keeps its own fields from the last time
 * it was shown (or its defaults). Returns `app` itself for the active view or an unknown id.
 *
 * @example
 * ```ts
 * switchView(app, 'map').states.map.eta === activeState(app).eta; // true
 * ```
 */
export function switchView(app: AppState, id: string): AppState {
  const definition = viewById(id);
  if (!definition || id === app.view) return app;
  const shared = pickShared(activeState(app));
  return {
    view: id,
    states: { ...app.states, [id]: definition.adopt(app.states[id], shared) },
  };
}

/**
 * Applies an action to the active view's state with that view's `update`; `app` itself when nothing changed.
 */
export function applyAction(app: AppState, action: unknown): AppState {
  const current = activeState(app);
  const next = activeDefinition(app).update(current, action);
  return next === current ? app : { view: app.view, states: { ...app.states, [app.view]: next } };
}

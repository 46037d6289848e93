import type { HistoryMode } from '../components/explorer-events.ts';
import type { SharedState } from '../state/shared-state.ts';

/**
 * What the shell needs to know about a view, all synchronous and light (no plotly, no model): its name, how its
 * state reads from and writes to the URL, how actions change it, and how to load its element. The element's code
 * (controls, model, traces) loads only when the view is first shown.
 *
 * A view's state `S` is `SharedState` plus the view's own fields, one plain object of primitives (and `params`).
 * See `views/README.md` for the steps to add a view.
 */
export interface ViewDefinition<S extends SharedState = SharedState, A = unknown> {
  /** The `view=` value, lowercase letters: `line`, `map`, `plane`, `landscape`. */
  readonly id: string;
  /** The switcher's text. */
  readonly label: string;
  /** One sentence on what the view shows (the switcher's tooltip and accessible description). */
  readonly description: string;
  /** The custom element that draws the view; it is given `.state` and sends `explorer-action` events. */
  readonly tag: string;
  /** Loads the module that defines `tag` (a dynamic `import()`, so each view is its own chunk). */
  readonly load: () => Promise<unknown>;
  /**
   * The view's own URL fields, field → query name. Checked by `view-registry.test.ts`: no name may be `view`, a
   * shared name (`SHARED_PARAMS`) or start with `par.`.
   */
  readonly ownParams: Readonly<Record<string, string>>;
  /** The view's state from a query string: shared fields plus its own, anything unreadable repaired. */
  decode(params: URLSearchParams): S;
  /** The query string of a state: shared fields (`writeShared`) and the view's own, without `view=`. */
  encode(state: S): string;
  /**
   * This view's state after the user changed the shared fields in another view: `previous` is what the view had
   * (undefined the first time it is shown), `shared` what the other view left. Must return a valid state.
   */
  adopt(previous: S | undefined, shared: SharedState): S;
  /** Applies one action (from the view's own controls, or the shared formula input): the same object when nothing changed. */
  update(state: S, action: A): S;
  /**
   * How an action reaches the browser history when its event does not say: default `push` when committed,
   * `none` while a control is being dragged. A view may return `replace` (hover, focus changes).
   */
  historyMode?(action: A, commit: boolean): HistoryMode;
}

/** A view definition with its state type erased, as the registry holds it. */
export type AnyViewDefinition = ViewDefinition<SharedState, unknown>;

/**
 * Checks a definition against its state type and erases the type for the registry.
 *
 * @example
 * ```ts
 * export const lineView = defineView<LineState, LineAction>({ id: 'line', … });
 * ```
 */
export function defineView<S extends SharedState, A>(definition: ViewDefinition<S, A>): AnyViewDefinition {
  return definition as unknown as AnyViewDefinition;
}

/** How a state change reaches the address bar: a new entry, over the current one, or not (yet). */
export type HistoryMode = 'push' | 'replace' | 'none';

/** What an `explorer-action` event carries: the view's action, whether it is final, and optionally how to record it. */
export interface ExplorerActionDetail<A = unknown> {
  readonly action: A;
  /** False while a control is being dragged or typed in; true when the change is final. */
  readonly commit: boolean;
  /** Overrides the view's history rule (default: `push` when committed, else `none`). */
  readonly history?: HistoryMode;
}

/**
 * The one event leaf components send: a state change the user asked for. The shell applies it to the active view's
 * state with that view's `update`, so any component inside a view (its own controls, the shared formula input)
 * sends its action this way.
 */
export type ExplorerActionEvent<A = unknown> = CustomEvent<ExplorerActionDetail<A>>;

/**
 * Makes the typed, bubbling, composed `explorer-action` event.
 *
 * @example
 * ```ts
 * this.dispatchEvent(actionEvent({ type: 'number', field: 'eta', value: 0.3 }, true));
 * this.dispatchEvent(actionEvent({ type: 'number', field: 'focus', value: 3 }, false, 'replace'));
 * ```
 */
export function actionEvent<A>(action: A, commit: boolean, history?: HistoryMode): ExplorerActionEvent<A> {
  const detail: ExplorerActionDetail<A> =
    history === undefined ? { action, commit } : { action, commit, history };
  return new CustomEvent('explorer-action', { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'explorer-action': ExplorerActionEvent;
  }
}

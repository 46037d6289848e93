import type { ExplorerAction } from '../state/update-state.ts';

/**
 * The one event leaf components send: a state change the user asked for. `commit` is false while a slider is
 * being dragged (the URL is replaced) and true when the change is final (a history entry is pushed).
 */
export type ExplorerActionEvent = CustomEvent<{ action: ExplorerAction; commit: boolean }>;

/**
 * Makes the typed, bubbling, composed `explorer-action` event.
 *
 * @example
 * ```ts
 * this.dispatchEvent(actionEvent({ type: 'number', field: 'eta', value: 0.3 }, true));
 * ```
 */
export function actionEvent(action: ExplorerAction, commit: boolean): ExplorerActionEvent {
  return new CustomEvent('explorer-action', { detail: { action, commit }, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'explorer-action': ExplorerActionEvent;
  }
}

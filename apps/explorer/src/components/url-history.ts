import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExplorerState } from '../state/explorer-state.ts';
import { decodeState, encodeState } from '../state/url-codec.ts';

/** How a state change reaches the address bar. */
export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * Keeps the URL's query string and the explorer's state in step: `read` decodes the current address, `record`
 * writes a state as a new history entry (`push`) or over the current one (`replace`), and a `popstate` (back,
 * forward) hands the decoded state to `onNavigate` while the host is connected.
 *
 * @example
 * ```ts
 * const url = new UrlHistory(this, (state) => (this.current = state));
 * url.record(state, 'push'); // location.search is now `?${encodeState(state)}`
 * ```
 */
export class UrlHistory implements ReactiveController {
  #last = '';
  readonly #onNavigate: (state: ExplorerState) => void;

  constructor(host: ReactiveControllerHost, onNavigate: (state: ExplorerState) => void) {
    this.#onNavigate = onNavigate;
    host.addController(this);
  }

  /** The state the current address describes (any address gives a valid state). */
  read(): ExplorerState {
    return decodeState(location.search);
  }

  /** Writes `state` to the address bar; a push that would repeat the current entry is skipped. */
  record(state: ExplorerState, mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = `?${encodeState(state)}`;
    if (mode === 'push' && url === this.#last) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#last = url;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = (): void => {
    this.#last = location.search;
    this.#onNavigate(this.read());
  };
}

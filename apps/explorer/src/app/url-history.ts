import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HistoryMode } from '../components/explorer-events.ts';
import { type AppState, decodeApp, encodeApp } from './app-state.ts';

export type { HistoryMode } from '../components/explorer-events.ts';

/**
 * Keeps the URL's query string and the page's state in step: `read` decodes the current address, `record`
 * writes a state as a new history entry (`push`) or over the current one (`replace`), and a `popstate` (back,
 * forward) hands the decoded state to `onNavigate` while the host is connected.
 *
 * @example
 * ```ts
 * const url = new UrlHistory(this, (app) => (this.app = app));
 * url.record(app, 'push'); // location.search is now `?${encodeApp(app)}`
 * ```
 */
/**
 * The longest address written: servers refuse longer request lines (a 40,000-character link came back as HTTP 431),
 * and a link that cannot be opened is worse than none.
 */
export const MAX_URL_LENGTH = 8000;

export class UrlHistory implements ReactiveController {
  #last = '';
  #tooLong = 0;
  readonly #onNavigate: (app: AppState) => void;
  readonly #remembered: () => AppState | undefined;

  /** `remembered` gives the states of the views the address does not show, kept across back and forward. */
  constructor(
    host: ReactiveControllerHost,
    onNavigate: (app: AppState) => void,
    remembered: () => AppState | undefined = () => undefined,
  ) {
    this.#onNavigate = onNavigate;
    this.#remembered = remembered;
    host.addController(this);
  }

  /** The state the current address describes (any address gives a valid state); other views at their defaults. */
  read(): AppState {
    return decodeApp(location.search);
  }

  /**
   * The length of the last address that was not written because it exceeded MAX_URL_LENGTH (0 when the last
   * one was written): the shell says so, since the address bar then still holds an earlier view.
   */
  get refusedLength(): number {
    return this.#tooLong;
  }

  /** Writes `app` to the address bar; a push that would repeat the current entry is skipped. */
  record(app: AppState, mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = `?${encodeApp(app)}`;
    this.#tooLong = url.length > MAX_URL_LENGTH ? url.length : 0;
    if (this.#tooLong) return;
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
    this.#onNavigate(decodeApp(location.search, this.#remembered()));
  };
}

import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ExplorerActionEvent } from '../components/explorer-events.ts';
import type { SharedState } from '../state/shared-state.ts';
import {
  type AppState,
  activeDefinition,
  activeState,
  applyAction,
  encodeApp,
  switchView,
} from './app-state.ts';
import { type HistoryMode, MAX_URL_LENGTH, UrlHistory } from './url-history.ts';
import type { AnyViewDefinition } from './view-definition.ts';
import { VIEWS } from './view-registry.ts';

/** What every view element offers the shell: the state it draws (the shell sets it). */
export type ViewElement = HTMLElement & { state: SharedState };

/**
 * The explorer's root, the shell around the views: it owns the page's state (read from and written to the URL),
 * shows the view switcher, loads the active view's element on first show (each view is its own chunk), hands it
 * its state, and applies the `explorer-action` events that bubble out of it with that view's `update`.
 */
@customElement('phaseflow-explorer')
export class PhaseflowExplorer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 1500px;
      margin: 0 auto;
      padding: 0.75rem 1rem 1.5rem;
      box-sizing: border-box;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1rem;
      margin-bottom: 0.4rem;
    }
    h1 {
      font-size: 1.35rem;
      margin: 0;
    }
    nav ul {
      display: flex;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav a {
      display: inline-block;
      padding: 0.15rem 0.6rem;
      border: 1px solid #9aa3af;
      border-radius: 999px;
      color: #1d2430;
      text-decoration: none;
      font-size: 0.85rem;
    }
    nav a[aria-current='page'] {
      background: #1f5f99;
      border-color: #1f5f99;
      color: #ffffff;
    }
    nav a:focus-visible,
    a.walkthrough:focus-visible {
      outline: 2px solid #8e24aa;
      outline-offset: 2px;
    }
    a.walkthrough {
      font-size: 0.9rem;
      color: #1f5f99;
    }
    .link-note {
      color: #b3261e;
      font-size: 0.85rem;
      margin: 0.5rem 0 0;
    }
    .link-note:empty {
      display: none;
    }
    .loading,
    .error {
      color: #4a5463;
      font-size: 0.9rem;
    }
    .error {
      color: #b71c1c;
    }
  `;

  readonly #url = new UrlHistory(
    this,
    (app) => {
      this.app = app;
    },
    () => this.app,
  );
  @state() private accessor app: AppState = this.#url.read();
  /** The view elements created so far, by view id: a view shown again keeps its element (and its caches). */
  readonly #elements = new Map<string, ViewElement>();
  @state() private accessor loadError = '';
  /** Said when the address could not hold the view (too long a link). */
  @state() private accessor linkNote = '';
  /** The last pushed change, to coalesce a burst of the same change (arrow keys held on a slider). */
  #lastPush = { key: '', at: Number.NEGATIVE_INFINITY };

  override connectedCallback(): void {
    super.connectedCallback();
    // Write the normalized state back, so a partial or repaired link shows the full state it opened.
    this.#record('replace');
  }

  /** The active view's state (read-only; change it through actions). */
  get explorerState(): SharedState {
    return activeState(this.app);
  }

  /** The active view's id. */
  get activeView(): string {
    return this.app.view;
  }

  /** The active view's element once its module has loaded (tests and the benchmark reach the plots through it). */
  get activeElement(): ViewElement | undefined {
    return this.#elements.get(this.app.view);
  }

  /** Applies an action to the active view as a user would: the URL follows (a history entry when `commit`). */
  apply(action: unknown, commit = true): void {
    this.#apply(action, commit, undefined);
  }

  /** Shows the view `id` (pushing a history entry), keeping every view's own state. */
  show(id: string): void {
    const next = switchView(this.app, id);
    if (next === this.app) return;
    this.app = next;
    this.#lastPush = { key: '', at: Number.NEGATIVE_INFINITY };
    this.#record('push');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('app')) return;
    const element = this.#elements.get(this.app.view);
    if (element) element.state = activeState(this.app);
    else void this.#create(activeDefinition(this.app));
  }

  override render() {
    const active = this.app.view;
    return html`
      <header>
        <h1>phaseflow explorer</h1>
        <nav aria-label="views">
          <ul>
            ${VIEWS.map(
              (v) => html`<li>
                <a
                  href="?${encodeApp(switchView(this.app, v.id))}"
                  title=${v.description}
                  data-view=${v.id}
                  aria-current=${v.id === active ? 'page' : nothing}
                  @click=${(e: MouseEvent) => this.#onSwitch(e, v.id)}
                  >${v.label}</a
                >
              </li>`,
            )}
          </ul>
        </nav>
        <a class="walkthrough" href="./walkthrough.html">New here? Follow the guided walkthrough: why gradient descent works →</a>
      </header>
      <p class="link-note" role="status">${this.linkNote}</p>
      <div class="view" @explorer-action=${this.#onAction}>
        ${this.#elements.get(active) ?? html`<p class="loading" role="status">Loading the ${active} view…</p>`}
        ${this.loadError ? html`<p class="error" role="alert">${this.loadError}</p>` : null}
      </div>
    `;
  }

  async #create(definition: AnyViewDefinition): Promise<void> {
    try {
      await definition.load();
    } catch (error) {
      this.loadError = `The ${definition.id} view could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    if (this.#elements.has(definition.id)) return;
    const element = document.createElement(definition.tag) as ViewElement;
    element.dataset.view = definition.id;
    this.#elements.set(definition.id, element);
    const current = this.app.states[definition.id];
    if (current) element.state = current;
    this.requestUpdate();
  }

  #apply(action: unknown, commit: boolean, history: ExplorerActionEvent['detail']['history']): void {
    const definition = activeDefinition(this.app);
    const next = applyAction(this.app, action);
    if (next !== this.app) this.app = next;
    let mode = history ?? definition.historyMode?.(action, commit) ?? (commit ? 'push' : 'none');
    if (mode === 'push') {
      // The same control changed again within COALESCE_MS (each arrow-key press commits): one history entry.
      const key = actionKey(action);
      const now = performance.now();
      if (key === this.#lastPush.key && now - this.#lastPush.at < COALESCE_MS) mode = 'replace';
      this.#lastPush = { key, at: now };
    }
    this.#record(mode);
  }

  #record(mode: HistoryMode): void {
    this.#url.record(this.app, mode);
    if (mode === 'none') return;
    const refused = this.#url.refusedLength;
    this.linkNote = refused
      ? `The address is not updated: this view would need a ${refused.toLocaleString('en')}-character link, and links are kept under ${MAX_URL_LENGTH.toLocaleString('en')} characters so that they open anywhere. Shorten the formula to share it.`
      : '';
  }

  #onAction = (event: ExplorerActionEvent): void => {
    event.stopPropagation();
    this.#apply(event.detail.action, event.detail.commit, event.detail.history);
  };

  #onSwitch(event: MouseEvent, id: string): void {
    // A plain click switches in place; ctrl/cmd/shift/middle clicks open the link as the browser would.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.show(id);
  }
}

/** Changes of one control committed within this many milliseconds of each other make one history entry. */
export const COALESCE_MS = 1000;

/** What identifies "the same change" for coalescing: the action without its value. */
function actionKey(action: unknown): string {
  if (typeof action !== 'object' || action === null) return String(action);
  const { value: _value, ...rest } = action as Record<string, unknown>;
  return JSON.stringify(rest);
}

declare global {
  interface HTMLElementTagNameMap {
    'phaseflow-explorer': PhaseflowExplorer;
  }
}

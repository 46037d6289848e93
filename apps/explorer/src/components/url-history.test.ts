import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, test } from 'vitest';
import type { ExplorerState } from '../state/explorer-state.ts';
import { DEFAULT_STATE } from '../state/presets.ts';
import { encodeState } from '../state/url-codec.ts';
import { UrlHistory } from './url-history.ts';

function host(): ReactiveControllerHost & { controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

describe('UrlHistory', () => {
  test('record(state, push) adds one history entry per distinct state and none for a repeat', () => {
    const url = new UrlHistory(host(), () => undefined);
    const before = history.length;
    const next = { ...DEFAULT_STATE, eta: 0.75 };
    url.record(next, 'push');
    url.record(next, 'push');
    expect(history.length).toBe(before + 1);
    expect(location.search).toBe(`?${encodeState(next)}`);
    expect(url.read()).toEqual(next);
  });

  test('record(state, replace) rewrites the address without a new entry; none leaves it alone', () => {
    const url = new UrlHistory(host(), () => undefined);
    const before = history.length;
    url.record({ ...DEFAULT_STATE, focus: 3 }, 'replace');
    url.record({ ...DEFAULT_STATE, focus: 9 }, 'none');
    expect(history.length).toBe(before);
    expect(url.read().focus).toBe(3);
  });

  test('a popstate hands the decoded address to onNavigate while the host is connected', () => {
    const seen: ExplorerState[] = [];
    const h = host();
    const url = new UrlHistory(h, (state) => seen.push(state));
    url.record({ ...DEFAULT_STATE, x0: 0.3 }, 'replace');
    for (const c of h.controllers) c.hostConnected?.();
    window.dispatchEvent(new PopStateEvent('popstate'));
    for (const c of h.controllers) c.hostDisconnected?.();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen.map((s) => s.x0)).toEqual([0.3]);
  });
});

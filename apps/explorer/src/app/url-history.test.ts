import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '../views/line/state/presets.ts';
import { type AppState, decodeApp, encodeApp } from './app-state.ts';
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

const withLine = (fields: Partial<typeof DEFAULT_STATE>): AppState => ({
  view: 'line',
  states: { line: { ...DEFAULT_STATE, ...fields } },
});

describe('UrlHistory', () => {
  test('record(app, push) adds one history entry per distinct state and none for a repeat', () => {
    const url = new UrlHistory(host(), () => undefined);
    const before = history.length;
    const next = withLine({ eta: 0.75 });
    url.record(next, 'push');
    url.record(next, 'push');
    expect(history.length).toBe(before + 1);
    expect(location.search).toBe(`?${encodeApp(next)}`);
    expect(url.read()).toEqual(next);
  });

  test('record(app, replace) rewrites the address without a new entry; none leaves it alone', () => {
    const url = new UrlHistory(host(), () => undefined);
    const before = history.length;
    url.record(withLine({ focus: 3 }), 'replace');
    url.record(withLine({ focus: 9 }), 'none');
    expect(history.length).toBe(before);
    expect(url.read()).toEqual(withLine({ focus: 3 }));
  });

  test('a popstate hands the decoded address to onNavigate while the host is connected', () => {
    const seen: AppState[] = [];
    const h = host();
    const url = new UrlHistory(h, (app) => seen.push(app));
    url.record(withLine({ x0: 0.3 }), 'replace');
    for (const c of h.controllers) c.hostConnected?.();
    window.dispatchEvent(new PopStateEvent('popstate'));
    for (const c of h.controllers) c.hostDisconnected?.();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen.map((app) => app.states.line!.x0)).toEqual([0.3]);
    expect(seen[0]).toEqual(decodeApp(location.search));
  });
});

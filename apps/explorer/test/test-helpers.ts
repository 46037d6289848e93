import { afterEach } from 'vitest';
import type { ExplorerActionDetail } from '../src/components/explorer-events.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Adds an element to the document and waits for its first render. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  element: T,
): Promise<T> {
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Every explorer-action event that reaches the document body from now on. */
export function collect(): ExplorerActionDetail[] {
  const seen: ExplorerActionDetail[] = [];
  document.body.addEventListener('explorer-action', (e) => seen.push(e.detail));
  return seen;
}

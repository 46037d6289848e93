import { defineView } from '../../app/view-definition.ts';
import type { LineState } from './state/line-state.ts';
import { normalizeState } from './state/normalize-state.ts';
import { DEFAULT_STATE, presetById } from './state/presets.ts';
import { type LineAction, updateState } from './state/update-state.ts';
import { decodeState, encodeState, LINE_PARAMS } from './state/url-codec.ts';

/**
 * The line view (the explorer's first and default view): a 1-D flow x′ = g(x) with its phase line, its solutions
 * and the gradient iterates on the potential F. Its element is `<pf-line-view>`, loaded on first show.
 */
export const lineView = defineView<LineState, LineAction>({
  id: 'line',
  label: 'Line',
  description:
    'One variable: the flow x′ = g(x), its solutions, and the gradient iterates on the potential F.',
  tag: 'pf-line-view',
  load: () => import('./pf-line-view.ts'),
  ownParams: LINE_PARAMS,
  decode: (params) => decodeState(params),
  encode: encodeState,
  adopt(previous, shared) {
    const base = previous ?? DEFAULT_STATE;
    // A preset name this view does not know (another view's example) makes the formula custom here.
    const preset = presetById(shared.preset) ? shared.preset : 'custom';
    const own = presetById(preset);
    const isPresetOwn = own !== undefined && own.formula === shared.formula && own.kind === shared.kind;
    return normalizeState({ ...base, ...shared, preset: isPresetOwn ? preset : 'custom' }, base);
  },
  update: updateState,
  historyMode(action, commit) {
    if (commit) return 'push';
    // Hovering moves the focus often: it replaces the entry rather than flooding the history. Other uncommitted
    // changes (a slider being dragged) wait for their commit.
    return action.type === 'number' && action.field === 'focus' ? 'replace' : 'none';
  },
});

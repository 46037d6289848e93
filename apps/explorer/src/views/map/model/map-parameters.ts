import { type Formula, parseFormula } from '@phaseflow/formula';
import { type ParameterSlider, parameterSliders } from '../../../components/parameter-sliders.ts';
import type { MapState } from '../state/map-state.ts';

/**
 * The map view's parameter sliders: the formula is parsed once per text (none for text that does not read, whose
 * error the cobweb reports), the sliders follow the values and chosen ranges of the state.
 *
 * @example
 * ```ts
 * const sliders = createMapParameters();
 * sliders({ ...DEFAULT_MAP_STATE, formula: 'r*x*(1 - x)' }); // [{ name: 'r', value: 1, min: -10, max: 10, chosen: false }]
 * ```
 */
export function createMapParameters(): (state: MapState) => readonly ParameterSlider[] {
  let text: string | undefined;
  let formula: Formula | undefined;
  return (state) => {
    if (state.formula !== text) {
      text = state.formula;
      try {
        formula = parseFormula(state.formula, { parameters: true });
      } catch {
        formula = undefined;
      }
    }
    return formula ? parameterSliders(formula, state.params, state.paramBounds) : [];
  };
}

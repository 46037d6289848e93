import { rk4, solve } from '@phaseflow/ode';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Data, Layout } from 'plotly.js-dist-min';
import '../plots/pf-plot.ts';

const logistic = (x: number) => x * (1 - x);

function flowData(): Data[] {
  const n = 241;
  const xs = new Float64Array(n);
  const fs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = -0.2 + (1.4 * i) / (n - 1);
    fs[i] = logistic(xs[i]!);
  }
  // The RK4 solution from x0 = 0.05 read on the curve: it slides along f toward the stable equilibrium x = 1.
  const sol = solve({ f: logistic, x0: 0.05, t1: 8 }, rk4({ h: 0.5 }));
  const fAtSolution = sol.x.map(logistic);
  return [
    { type: 'scatter', mode: 'lines', x: xs, y: fs, name: 'f(x) = x(1 − x)', line: { color: '#1f6fb2' } },
    {
      type: 'scatter',
      mode: 'markers',
      x: sol.x,
      y: fAtSolution,
      name: 'x(t), t = 0, 0.5, …, 8 (RK4)',
      marker: { color: '#d9822b', size: 8 },
    },
  ];
}

const LAYOUT: Partial<Layout> = {
  margin: { l: 50, r: 20, t: 30, b: 45 },
  xaxis: { title: { text: 'x' }, zeroline: true },
  yaxis: { title: { text: 'dx/dt' }, zeroline: true },
  legend: { orientation: 'h', y: 1.12 },
  paper_bgcolor: 'rgba(0,0,0,0)',
};

/** The explorer's root element: it owns the state and lays out the panels. */
@customElement('phaseflow-explorer')
export class PhaseflowExplorer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 1100px;
      margin: 0 auto;
      padding: 1rem;
    }
    h1 {
      font-size: 1.4rem;
      margin: 0 0 0.5rem;
    }
    pf-plot {
      height: 380px;
    }
  `;

  readonly #data = flowData();

  override render() {
    return html`
      <h1>phaseflow explorer</h1>
      <pf-plot .data=${this.#data} .layout=${LAYOUT} label="The logistic equation's right-hand side f(x) = x(1 − x)"></pf-plot>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phaseflow-explorer': PhaseflowExplorer;
  }
}

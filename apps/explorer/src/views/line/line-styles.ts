import { css } from 'lit';

/** The line view's layout: a sidebar of controls beside a 2 × 2 grid of panels, one column when narrow. */
export const lineStyles = css`
    :host {
      display: block;
    }
    p.intro {
      margin: 0 0 0.75rem;
      color: #4a5463;
      font-size: 0.9rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(260px, 320px) 1fr;
      gap: 1rem;
      align-items: start;
    }
    aside > * {
      /* Grid items default to their content's width: a long option in a select would widen the sidebar over the
         panels. */
      min-width: 0;
    }
    aside {
      display: grid;
      min-width: 0;
      gap: 1rem;
      position: sticky;
      top: 0.5rem;
    }
    .card {
      background: #ffffff;
      border: 1px solid #dde2e8;
      border-radius: 8px;
      padding: 0.75rem;
    }
    .card h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .panels {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 1rem;
    }
    .plot-error {
      color: #b71c1c;
      font-size: 0.85rem;
    }
    button.csv {
      font: inherit;
      font-size: 0.75rem;
      padding: 0.15rem 0.45rem;
      border: 1px solid #9aa3af;
      border-radius: 4px;
      background: #f6f7f9;
      cursor: pointer;
    }
    @media (max-width: 900px) {
      .layout,
      .panels {
        grid-template-columns: 1fr;
      }
      aside {
        position: static;
      }
    }
    @media (max-width: 600px) {
      /* A phone shows the potential with its iterates first and the sliders right under it, so η can be moved
         with the iterates in view; the formula and the other two panels follow. */
      .layout {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
      }
      aside,
      .panels {
        display: contents;
      }
      #potential {
        order: 1;
      }
      section[aria-labelledby='controls-heading'] {
        order: 2;
      }
      section[aria-labelledby='readout-heading'] {
        order: 3;
      }
      section[aria-labelledby='formula-heading'] {
        order: 4;
      }
      #flow {
        order: 5;
      }
      #solutions {
        order: 6;
      }
      p.intro {
        display: none;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
      }
    }`;

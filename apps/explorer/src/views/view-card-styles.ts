import { css } from 'lit';

/**
 * The layout the map and plane views share: an intro line, controls in a column of cards beside the plots, labelled
 * fields. Each view adds its own rules after these (`static styles = [viewCardStyles, ownStyles]`).
 */
export const viewCardStyles = css`
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
    grid-template-columns: minmax(240px, 300px) 1fr;
    gap: 1rem;
    align-items: start;
  }
  .card {
    background: #ffffff;
    border: 1px solid #dde2e8;
    border-radius: 8px;
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .card h2 {
    font-size: 1rem;
    margin: 0;
  }
  label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.85rem;
  }
`;

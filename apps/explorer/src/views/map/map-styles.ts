import { css } from 'lit';

/** The map view's layout: controls beside the cobweb and the orbit diagram, one column when narrow. */
export const mapStyles = css`
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
  select,
  button {
    font: inherit;
    font-size: 0.9rem;
    padding: 0.2rem 0.35rem;
  }
  .panels {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  #cobweb {
    --plot-height: 420px;
  }
  #diagram {
    --plot-height: 520px;
  }
  .error {
    color: #b3261e;
    font-size: 0.85rem;
    margin: 0;
  }
  .note {
    font-size: 0.85rem;
    color: #4a5463;
    margin: 0;
  }
  @media (max-width: 760px) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
`;

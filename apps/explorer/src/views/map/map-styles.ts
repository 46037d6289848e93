import { css } from 'lit';

/** The map view's layout: controls beside the cobweb and the orbit diagram, one column when narrow. */
export const mapStyles = css`
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

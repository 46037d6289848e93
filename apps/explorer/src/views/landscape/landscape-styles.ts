import { css } from 'lit';

/** The landscape view's layout: controls and readouts beside the panels, one column when narrow. */
export const landscapeStyles = css`
  input,
  select {
    font: inherit;
    font-size: 0.9rem;
    padding: 0.2rem 0.35rem;
    min-width: 0;
  }
  aside {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .panels {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1rem;
  }
  .facts {
    background: #fff8e6;
    border: 1px solid #e6c98a;
    border-radius: 8px;
    padding: 0.6rem 0.75rem;
    font-size: 0.85rem;
  }
  .facts h2 {
    font-size: 1rem;
    margin: 0 0 0.3rem;
  }
  .facts p {
    margin: 0.15rem 0;
  }
  .error {
    color: #b3261e;
    font-size: 0.85rem;
    margin: 0;
  }
  .note {
    font-size: 0.8rem;
    color: #4a5463;
    margin: 0;
  }
  @media (max-width: 1100px) {
    .pair {
      grid-template-columns: 1fr;
    }
  }
  @media (max-width: 760px) {
    /* One column on a phone, the landscape right under the loss: the two columns' children interleave. */
    .layout {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    aside,
    main.panels {
      display: contents;
    }
    .c-loss {
      order: 1;
    }
    #regression-facts {
      order: 2;
    }
    #pair-main {
      order: 3;
    }
    pf-landscape-controls {
      order: 4;
    }
    .c-runs {
      order: 5;
    }
    .c-curvature {
      order: 6;
    }
    #pair-momentum {
      order: 7;
    }
    #basins {
      order: 8;
    }
  }
`;

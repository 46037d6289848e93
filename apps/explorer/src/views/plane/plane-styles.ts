import { css } from 'lit';

/** The plane view's layout: controls beside the phase plane and the time series, one column when narrow. */
export const planeStyles = css`
  input,
  select {
    font: inherit;
    font-size: 0.9rem;
    padding: 0.2rem 0.35rem;
    min-width: 0;
  }
  .box {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.4rem;
  }
  .panels {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  #plane {
    --plot-height: 520px;
  }
  ul.points {
    margin: 0;
    padding-left: 1.1rem;
    font-size: 0.85rem;
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

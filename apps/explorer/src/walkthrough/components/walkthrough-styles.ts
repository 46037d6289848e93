import { css } from 'lit';

/** The walkthrough page's layout: text beside the live column on wide screens, one column below 900 px. */
export const walkthroughStyles = css`
    :host {
      display: block;
      max-width: 1280px;
      margin: 0 auto;
      padding: 1rem 1.25rem 2rem;
      line-height: 1.55;
    }
    header h1 {
      font-size: 1.45rem;
      margin: 0;
    }
    header p {
      margin: 0.2rem 0 0.8rem;
      color: #4a5565;
    }
    a {
      color: #1f6fb2;
    }
    article {
      display: grid;
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
      gap: 0.5rem 2rem;
      margin-top: 1rem;
    }
    @media (max-width: 900px) {
      article {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .head {
      grid-column: 1 / -1;
    }
    h2 {
      font-size: 1.3rem;
      margin: 0.2rem 0 0;
    }
    h2:focus {
      outline: none;
    }
    .text p {
      margin: 0 0 0.7rem;
    }
    .live {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
    }
    .readout {
      margin: 0;
      padding: 0.45rem 0.7rem;
      background: #fff7ee;
      border-left: 4px solid #d9822b;
      font-size: 0.92rem;
    }
    pf-plot {
      height: 400px;
      background: #fff;
      border: 1px solid #e1e5ea;
      border-radius: 6px;
    }
    .explorer {
      font-weight: 600;
    }
`;

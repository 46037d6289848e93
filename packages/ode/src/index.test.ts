import { expect, test } from 'vitest';
import * as ode from './index.ts';

test('@phaseflow/ode exports exactly the reviewed public names', () => {
  expect(Object.keys(ode).sort()).toMatchSnapshot();
});

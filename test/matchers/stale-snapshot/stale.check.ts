import { expect, it } from 'vitest';
import { rejected } from '../executions.js';

it('compares the history with the stored one', async () => {
  expect(await rejected()).toMatchHistorySnapshot();
});

import { describe, expect, it } from 'vitest';
import { failureOf, rejected, shipped } from './executions.js';

describe('toHaveTransitionCount', () => {
  it('passes for the billed transitions: states entered, nested ones included, plus retries', async () => {
    expect(await shipped()).toHaveTransitionCount(11);
    expect(await rejected()).toHaveTransitionCount(7 + 3);
  });

  it('fails for another count, splitting entries from retries', async () => {
    const execution = await rejected();
    expect(failureOf(() => expect(execution).toHaveTransitionCount(7))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTransitionCount(7)

      Expected 7 state transitions; the execution made 10 (7 states entered + 3 retries).

      Retried:
        ChargeCard: 3 retries

      FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for another count and fails for the same', async () => {
    const execution = await shipped();
    expect(execution).not.toHaveTransitionCount(12);
    expect(failureOf(() => expect(execution).not.toHaveTransitionCount(11))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveTransitionCount(11)

      Expected the execution not to make 11 state transitions, but it did (11 states entered + 0 retries).

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a count that is not a whole number', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveTransitionCount('11' as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveTransitionCount(): count must be a whole number ≥ 0; got string.]`,
    );
  });
});

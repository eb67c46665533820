import { describe, expect, it } from 'vitest';
import { failureOf, fanOutCaught, rejected, shipped, throttledOnce } from './executions.js';

describe('toHaveRetried', () => {
  it('passes for a Task retried, at least once or exactly so many times', async () => {
    expect(await throttledOnce()).toHaveRetried('ChargeCard');
    expect(await throttledOnce()).toHaveRetried('ChargeCard', 1);
    expect(await rejected()).toHaveRetried('ChargeCard', 3);
  });

  it('counts Parallel retries too', async () => {
    expect(await fanOutCaught()).toHaveRetried('Fan', 1);
  });

  it('fails for another count, showing each attempt, its wait and how the state ended', async () => {
    const execution = await throttledOnce();
    expect(failureOf(() => expect(execution).toHaveRetried('ChargeCard', 3))).toMatchInlineSnapshot(`
      "expect(execution).toHaveRetried("ChargeCard", 3)

      Expected "ChargeCard" to be retried 3 times; it was retried 1 time:

      ChargeCard (Task, arn:aws:states:::lambda:invoke), entered #20:
        #23  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"   t=+00:00:00.000
        #24  retried after 2 s (attempt 2)                                  t=+00:00:02.000
        #26  TaskSucceeded                                                  t=+00:00:02.000
        #27  TaskStateExited → WaitForWarehouseWindow                       t=+00:00:02.000

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('fails for a state never retried or never entered', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveRetried('ChargeCard'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveRetried("ChargeCard")

      Expected "ChargeCard" to be retried; it was never retried:

      ChargeCard (Task, arn:aws:states:::lambda:invoke), entered #20:
        #23  TaskSucceeded                              t=+00:00:00.000
        #24  TaskStateExited → WaitForWarehouseWindow   t=+00:00:00.000

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
    expect(failureOf(() => expect(execution).toHaveRetried('RejectOrder'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveRetried("RejectOrder")

      Expected "RejectOrder" to be retried; "RejectOrder" was never entered.

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for a state not retried and fails for one retried', async () => {
    expect(await shipped()).not.toHaveRetried('ChargeCard');
    const execution = await rejected();
    expect(execution).not.toHaveRetried('ChargeCard', 2);
    expect(failureOf(() => expect(execution).not.toHaveRetried('ChargeCard'))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveRetried("ChargeCard")

      Expected "ChargeCard" not to be retried, but it was retried 3 times:

      ChargeCard (Task, arn:aws:states:::lambda:invoke), entered #20:
        #23  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:00.000
        #24  retried after 2 s (attempt 2)                                     t=+00:00:02.000
        #26  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:02.000
        #27  retried after 4 s (attempt 3)                                     t=+00:00:06.000
        #29  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:06.000
        #30  retried after 8 s (attempt 4)                                     t=+00:00:14.000
        #32  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:14.000
        #33  caught Lambda.TooManyRequestsException by a Catch → RejectOrder   t=+00:00:14.000

      FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a count that is not a whole number', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveRetried('ChargeCard', 1.5)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveRetried(): times must be a whole number ≥ 0; got 1.5.]`,
    );
  });
});

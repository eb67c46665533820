import { describe, expect, it } from 'vitest';
import { errorOf, failureOf, rejected, shipped } from './executions.js';

describe('toSucceed', () => {
  it('passes for a SUCCEEDED execution', async () => {
    expect(await shipped()).toSucceed();
  });

  it('fails for a FAILED one, showing where it failed, how it ended and how to replay it', async () => {
    const execution = await rejected();
    expect(failureOf(() => expect(execution).toSucceed())).toMatchInlineSnapshot(`
      "expect(execution).toSucceed()

      Expected the execution to succeed; it did not.

      Path: ValidateOrder → ReserveStock → ChargeCard → RejectOrder

      It reached the Fail state RejectOrder from ChargeCard (Task, arn:aws:states:::lambda:invoke):
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

  it('.not passes for a FAILED execution and fails for a SUCCEEDED one', async () => {
    expect(await rejected()).not.toSucceed();
    const execution = await shipped();
    expect(failureOf(() => expect(execution).not.toSucceed())).toMatchInlineSnapshot(`
      "expect(execution).not.toSucceed()

      Expected the execution not to succeed, but it did: SUCCEEDED at t=+01:00:00.000.

      Path: ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete

      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('returns the statuses so vitest draws the diff', async () => {
    const execution = await rejected();
    expect(errorOf(() => expect(execution).toSucceed())).toMatchObject({ actual: 'FAILED', expected: 'SUCCEEDED' });
  });

  it('throws a usage error for something that is not an execution', async () => {
    expect(() => expect(shipped()).toSucceed()).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toSucceed() checks an sfn-sim execution (what StateMachine.run() resolves to); received a Promise. Await the run first: expect(await machine.run(input)).toSucceed(), or await expect(machine.run(input)).resolves.toSucceed().]`,
    );
    expect(() => expect({ status: 'SUCCEEDED' }).toSucceed()).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toSucceed() checks an sfn-sim execution (what StateMachine.run() resolves to); received an object with keys status.]`,
    );
  });

  it('works after .resolves', async () => {
    await expect(shipped()).resolves.toSucceed();
  });
});

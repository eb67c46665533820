import { describe, expect, it } from 'vitest';
import { failureOf, shipped, timedOut } from './executions.js';

describe('toTimeOut', () => {
  it('passes when the execution timeout ran out in virtual time', async () => {
    expect(await timedOut()).toTimeOut();
  });

  it('fails for an execution that ended otherwise', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toTimeOut())).toMatchInlineSnapshot(`
      "expect(execution).toTimeOut()

      Expected the execution to time out; it ended SUCCEEDED at t=+01:00:00.000.

      Path: ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete

      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for another outcome and fails for a time-out', async () => {
    expect(await shipped()).not.toTimeOut();
    const execution = await timedOut();
    expect(failureOf(() => expect(execution).not.toTimeOut())).toMatchInlineSnapshot(`
      "expect(execution).not.toTimeOut()

      Expected the execution not to time out, but it did: TIMED_OUT at t=+00:01:00.000.

      Path: Hold

      Replay: machine.run(input, { seed, executionName: "hold-1", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for something that is not an execution', () => {
    expect(() => expect(undefined).toTimeOut()).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toTimeOut() checks an sfn-sim execution (what StateMachine.run() resolves to); received undefined undefined.]`,
    );
  });
});

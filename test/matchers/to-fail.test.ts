import { describe, expect, it } from 'vitest';
import { failureOf, rejected, shipped } from './executions.js';

describe('toFail', () => {
  it('passes for a FAILED execution, with or without the error name and cause', async () => {
    const execution = await rejected();
    expect(execution).toFail();
    expect(execution).toFail('OrderRejected');
    expect(execution).toFail('OrderRejected', 'The order is empty or could not be charged');
    expect(execution).toFail(/Rejected$/, expect.stringContaining('could not be charged'));
    expect(execution).toFail(undefined, /could not/);
  });

  it('fails for a SUCCEEDED execution', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toFail('OrderRejected'))).toMatchInlineSnapshot(`
      "expect(execution).toFail("OrderRejected")

      Expected the execution to fail with error "OrderRejected"; it ended SUCCEEDED at t=+01:00:00.000.

      Path: ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete

      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('fails when the error or the cause differs, showing where the execution failed', async () => {
    const execution = await rejected();
    expect(failureOf(() => expect(execution).toFail('PaymentDeclined', /card/))).toMatchInlineSnapshot(`
      "expect(execution).toFail("PaymentDeclined", /card/)

      Expected the execution to fail with error "PaymentDeclined" and cause /card/; it ended FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000.

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

      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for another outcome and fails for a matching failure', async () => {
    expect(await shipped()).not.toFail();
    const execution = await rejected();
    expect(execution).not.toFail('PaymentDeclined');
    expect(failureOf(() => expect(execution).not.toFail('OrderRejected'))).toMatchInlineSnapshot(`
      "expect(execution).not.toFail("OrderRejected")

      Expected the execution not to fail with error "OrderRejected", but it did: FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000.

      It reached the Fail state RejectOrder from ChargeCard (Task, arn:aws:states:::lambda:invoke):
        #23  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:00.000
        #24  retried after 2 s (attempt 2)                                     t=+00:00:02.000
        #26  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:02.000
        #27  retried after 4 s (attempt 3)                                     t=+00:00:06.000
        #29  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:06.000
        #30  retried after 8 s (attempt 4)                                     t=+00:00:14.000
        #32  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"      t=+00:00:14.000
        #33  caught Lambda.TooManyRequestsException by a Catch → RejectOrder   t=+00:00:14.000

      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for an error that is neither a string, a RegExp nor an asymmetric matcher', async () => {
    const execution = await rejected();
    expect(() => expect(execution).toFail(42 as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toFail(): error must be a string, a RegExp or an asymmetric matcher such as expect.stringContaining('…'); got number.]`,
    );
  });
});

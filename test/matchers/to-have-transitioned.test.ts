import { describe, expect, it } from 'vitest';
import { failureOf, fanOutCaught, rejected, shipped } from './executions.js';

describe('toHaveTransitioned', () => {
  it('passes when one state was followed directly by the other, in the same scope', async () => {
    expect(await rejected()).toHaveTransitioned('ChargeCard', 'RejectOrder');
    expect(await shipped()).toHaveTransitioned('ReserveStock', 'ChargeCard');
    expect(await fanOutCaught()).toHaveTransitioned('Fan', 'Handle');
  });

  it('fails showing where the state went instead and what happened in it', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveTransitioned('ChargeCard', 'RejectOrder'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTransitioned("ChargeCard", "RejectOrder")

      Expected "ChargeCard" to be followed by "RejectOrder"; after "ChargeCard" the execution went to:
        ChargeCard → WaitForWarehouseWindow   #24  t=+00:00:00.000

      ChargeCard (Task, arn:aws:states:::lambda:invoke), entered #20:
        #23  TaskSucceeded                              t=+00:00:00.000
        #24  TaskStateExited → WaitForWarehouseWindow   t=+00:00:00.000

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('fails for a state never entered, with a suggestion', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveTransitioned('ChargeCrad', 'RejectOrder'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTransitioned("ChargeCrad", "RejectOrder")

      Expected "ChargeCrad" to be followed by "RejectOrder"; "ChargeCrad" was never entered. Did you mean "ChargeCard"?
      Received:
        ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete
          ReserveStock[0]: Reserve
          ReserveStock[1]: Reserve
          ReserveStock[2]: Reserve
          ShipAndNotify#0: Ship
          ShipAndNotify#1: Notify

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for a transition that did not happen and fails for one that did', async () => {
    expect(await shipped()).not.toHaveTransitioned('ChargeCard', 'RejectOrder');
    const execution = await rejected();
    expect(failureOf(() => expect(execution).not.toHaveTransitioned('ChargeCard', 'RejectOrder'))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveTransitioned("ChargeCard", "RejectOrder")

      Expected "ChargeCard" not to be followed by "RejectOrder", but it was:
        ChargeCard → RejectOrder   #33  t=+00:00:14.000

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

  it('throws a usage error for a missing state name', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveTransitioned('ChargeCard', undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveTransitioned(): to must be a state name ('ChargeCard') or a qualified path ('ReserveStock[0].Reserve', 'ShipAndNotify#1.Notify'); got undefined.]`,
    );
  });
});

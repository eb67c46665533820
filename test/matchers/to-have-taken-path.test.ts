import { describe, expect, it } from 'vitest';
import { errorOf, failureOf, rejected, shipped } from './executions.js';

const happyPath = ['ValidateOrder', 'ReserveStock', 'ChargeCard', 'WaitForWarehouseWindow', 'ShipAndNotify', 'OrderComplete'];

describe('toHaveTakenPath', () => {
  it('passes for the exact top-level path, nested states left out', async () => {
    expect(await shipped()).toHaveTakenPath(happyPath);
  });

  it('passes for the exact whole path when the expected one names nested states', async () => {
    expect(await rejected()).toHaveTakenPath([
      'ValidateOrder',
      'ReserveStock',
      'ReserveStock[0].Reserve',
      'ReserveStock[1].Reserve',
      'ReserveStock[*].Reserve',
      'ChargeCard',
      'RejectOrder',
    ]);
  });

  it('passes with { partial: true } for states in order with others in between, at any depth', async () => {
    expect(await shipped()).toHaveTakenPath(['ValidateOrder', 'Reserve', 'ChargeCard', 'ShipAndNotify#1.Notify'], { partial: true });
  });

  it('fails at the first difference, showing the step that decided it with its retries, catch and times', async () => {
    const execution = await rejected();
    const error = errorOf(() => expect(execution).toHaveTakenPath(happyPath));
    expect(error.message).toMatchInlineSnapshot(`
      "expect(execution).toHaveTakenPath(expected)

      Expected the execution to enter these states, in this order (exact, top level):
        ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete
      Received:
        ValidateOrder → ReserveStock → ChargeCard → RejectOrder
          ReserveStock[0]: Reserve
          ReserveStock[1]: Reserve
          ReserveStock[2]: Reserve

      First difference at step 4: expected "WaitForWarehouseWindow", received "RejectOrder".

      At step 3, ChargeCard (Task, arn:aws:states:::lambda:invoke):
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
    expect(error).toMatchObject({ actual: ['ValidateOrder', 'ReserveStock', 'ChargeCard', 'RejectOrder'], expected: happyPath });
  });

  it('fails when the execution stopped early or went further', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveTakenPath([...happyPath, 'Archive']))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTakenPath(expected)

      Expected the execution to enter these states, in this order (exact, top level):
        ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete → Archive
      Received:
        ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete
          ReserveStock[0]: Reserve
          ReserveStock[1]: Reserve
          ReserveStock[2]: Reserve
          ShipAndNotify#0: Ship
          ShipAndNotify#1: Notify

      First difference at step 7: expected "Archive", but the execution entered no further state.

      At step 6, OrderComplete (Succeed):
        #36  SucceedStateExited   t=+01:00:00.000

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
    expect(failureOf(() => expect(execution).toHaveTakenPath(happyPath.slice(0, 3)))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTakenPath(expected)

      Expected the execution to enter these states, in this order (exact, top level):
        ValidateOrder → ReserveStock → ChargeCard
      Received:
        ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete
          ReserveStock[0]: Reserve
          ReserveStock[1]: Reserve
          ReserveStock[2]: Reserve
          ShipAndNotify#0: Ship
          ShipAndNotify#1: Notify

      First difference at step 4: expected no further state, received "WaitForWarehouseWindow".

      At step 3, ChargeCard (Task, arn:aws:states:::lambda:invoke):
        #23  TaskSucceeded                              t=+00:00:00.000
        #24  TaskStateExited → WaitForWarehouseWindow   t=+00:00:00.000

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('fails with { partial: true }, naming the first expected state that never came', async () => {
    const execution = await rejected();
    expect(failureOf(() => expect(execution).toHaveTakenPath(['ValidateOrder', 'ChargeCard', 'ShipAndNotify'], { partial: true })))
      .toMatchInlineSnapshot(`
      "expect(execution).toHaveTakenPath(expected, { partial: true })

      Expected the execution to enter these states, in this order, other states allowed in between:
        ValidateOrder → ChargeCard → ShipAndNotify
      Received:
        ValidateOrder → ReserveStock → ReserveStock[0].Reserve → ReserveStock[1].Reserve → ReserveStock[2].Reserve → ChargeCard → RejectOrder

      "ShipAndNotify" (expected step 3) never came after "ChargeCard" (step 6).

      At step 6, ChargeCard (Task, arn:aws:states:::lambda:invoke):
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

  it('.not passes for another path and fails for the same one', async () => {
    const execution = await shipped();
    expect(execution).not.toHaveTakenPath(['ValidateOrder', 'RejectOrder']);
    expect(execution).not.toHaveTakenPath(['ChargeCard', 'RejectOrder'], { partial: true });
    expect(failureOf(() => expect(execution).not.toHaveTakenPath(happyPath))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveTakenPath(expected)

      Expected the execution not to take ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete, but it did (states 1–6 of 6).

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
    expect(failureOf(() => expect(execution).not.toHaveTakenPath(['ChargeCard', 'OrderComplete'], { partial: true })))
      .toMatchInlineSnapshot(`
      "expect(execution).not.toHaveTakenPath(expected, { partial: true })

      Expected the execution not to take ChargeCard → OrderComplete (other states allowed in between), but it did (found at steps 6, 11 of 11).

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a path that is not an array of names', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveTakenPath('ValidateOrder' as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveTakenPath(): states must be an array of state names, e.g. ['ValidateOrder', 'ChargeCard']; got the string "ValidateOrder" (wrap it in an array).]`,
    );
  });
});

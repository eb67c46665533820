import { describe, expect, it } from 'vitest';
import { failureOf, rejected, shipped } from './executions.js';

describe('toHaveVisited', () => {
  it('passes for a state entered at the top level or nested, by plain or qualified name', async () => {
    const execution = await shipped();
    expect(execution).toHaveVisited('ChargeCard');
    expect(execution).toHaveVisited('Reserve', 3);
    expect(execution).toHaveVisited('ReserveStock[1].Reserve', 1);
    expect(execution).toHaveVisited('ReserveStock[*].Reserve', 3);
    expect(execution).toHaveVisited('ReserveStock.Reserve', 3);
    expect(execution).toHaveVisited('ShipAndNotify#1.Notify');
  });

  it('fails for a state never entered, with the path nested states indented and a suggestion', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveVisited('RejectOrdr'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveVisited("RejectOrdr")

      Expected the execution to enter "RejectOrdr"; it never did.
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

  it('fails for a wrong count, listing the visits with their events and times', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveVisited('Reserve', 2))).toMatchInlineSnapshot(`
      "expect(execution).toHaveVisited("Reserve", 2)

      Expected the execution to enter "Reserve" 2 times; it entered it 3 times: ReserveStock[0].Reserve (#7 at t=+00:00:00.000), ReserveStock[1].Reserve (#11 at t=+00:00:00.000), ReserveStock[2].Reserve (#15 at t=+00:00:00.000).
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

  it('.not passes for a state never entered and fails for one entered', async () => {
    const execution = await rejected();
    expect(execution).not.toHaveVisited('ShipAndNotify');
    expect(execution).not.toHaveVisited('Reserve', 2);
    expect(failureOf(() => expect(execution).not.toHaveVisited('RejectOrder'))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveVisited("RejectOrder")

      Expected the execution not to enter "RejectOrder", but it did, 1 time: RejectOrder (#34 at t=+00:00:14.000).

      FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a missing state name or a bad count', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveVisited('' as string)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveVisited(): state must be a state name ('ChargeCard') or a qualified path ('ReserveStock[0].Reserve', 'ShipAndNotify#1.Notify'); got an empty string.]`,
    );
    expect(() => expect(execution).toHaveVisited('Reserve', -1)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveVisited(): times must be a whole number ≥ 0; got -1.]`,
    );
  });
});

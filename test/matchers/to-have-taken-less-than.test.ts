import { describe, expect, it } from 'vitest';
import { failureOf, rejected, shipped } from './executions.js';

describe('toHaveTakenLessThan', () => {
  it('passes for a run shorter than the limit', async () => {
    expect(await rejected()).toHaveTakenLessThan(60_000);
  });

  it('fails for a run as long or longer, showing where the time went', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toHaveTakenLessThan(5 * 60_000))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTakenLessThan(300000)

      Expected the execution to take less than 00:05:00.000 of virtual time; it took 01:00:00.000.

      Where the time went:
        WaitForWarehouseWindow (Wait)   01:00:00.000   #25–#26

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for a run as long or longer and fails for a shorter one', async () => {
    expect(await shipped()).not.toHaveTakenLessThan(5 * 60_000);
    const execution = await rejected();
    expect(failureOf(() => expect(execution).not.toHaveTakenLessThan(60_000))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveTakenLessThan(60000)

      Expected the execution to take 00:01:00.000 of virtual time or more; it took 00:00:14.000.

      Where the time went:
        ChargeCard (Task)   00:00:14.000   #20–#33

      FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a negative duration', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveTakenLessThan(-1)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveTakenLessThan(): durationMs must be a number of milliseconds ≥ 0 (e.g. 15 * 60_000 for 15 minutes); got -1.]`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { failureOf, shipped, throttledOnce } from './executions.js';

const HOUR = 60 * 60_000;

describe('toHaveTakenVirtual', () => {
  it('passes for the exact virtual duration, start to stop', async () => {
    expect(await shipped()).toHaveTakenVirtual(HOUR);
    expect(await throttledOnce()).toHaveTakenVirtual(HOUR + 2_000);
  });

  it('fails for another duration, showing where the time went', async () => {
    const execution = await throttledOnce();
    expect(failureOf(() => expect(execution).toHaveTakenVirtual(HOUR))).toMatchInlineSnapshot(`
      "expect(execution).toHaveTakenVirtual(3600000)

      Expected the execution to take 01:00:00.000 of virtual time; it took 01:00:02.000.

      Where the time went:
        WaitForWarehouseWindow (Wait)   01:00:00.000   #28–#29
        ChargeCard (Task)               00:00:02.000   #20–#27

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for another duration and fails for the same', async () => {
    const execution = await shipped();
    expect(execution).not.toHaveTakenVirtual(2 * HOUR);
    expect(failureOf(() => expect(execution).not.toHaveTakenVirtual(HOUR))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveTakenVirtual(3600000)

      Expected the execution not to take 01:00:00.000 of virtual time, but it did.

      Where the time went:
        WaitForWarehouseWindow (Wait)   01:00:00.000   #25–#26

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a duration that is not a number of milliseconds', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveTakenVirtual('1h' as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveTakenVirtual(): durationMs must be a number of milliseconds ≥ 0 (e.g. 15 * 60_000 for 15 minutes); got string.]`,
    );
  });
});

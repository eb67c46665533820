import { describe, expect, it } from 'vitest';
import { failureOf, orderDefinition, orderMachine, shipped, throttledOnce } from './executions.js';

describe('toCostLessThan', () => {
  it('passes when one run costs less than the bounds, given the machine or its definition', async () => {
    const execution = await shipped();
    expect(execution).toCostLessThan({ standard: 0.001 }, orderMachine([{ returns: { chargeId: 'ch_123' } }]));
    expect(execution).toCostLessThan({ standard: 0.001 }, orderDefinition);
  });

  it('fails when it costs more, with the transitions by state and the prices used', async () => {
    const execution = await throttledOnce();
    expect(failureOf(() => expect(execution).toCostLessThan({ standard: 0.0002 }, orderDefinition))).toMatchInlineSnapshot(`
      "expect(execution).toCostLessThan({ standard: 0.0002 }, definition)

      Expected one run to cost less than $0.0002 as Standard; it costs $0.0003 as Standard.

      Standard: 12 state transitions × $0.025 per 1,000 = $0.0003
          ReserveStock[*].Reserve   3
          ChargeCard                2 (1 entered + 1 retry)
          ValidateOrder             1
          ReserveStock              1
          WaitForWarehouseWindow    1
          ShipAndNotify             1
          ShipAndNotify#0.Ship      1
          ShipAndNotify#1.Notify    1
          … 1 more state
      Prices: us-east-1, as of 2020-07 to 2025 (the captures agree; ASL… (55 chars); free tier not applied

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('fails an Express bound for a run that could not be an Express execution, saying why', async () => {
    const execution = await shipped();
    expect(failureOf(() => expect(execution).toCostLessThan({ express: 1 }, orderDefinition))).toMatchInlineSnapshot(`
      "expect(execution).toCostLessThan({ express: 1 }, definition)

      Expected one run to cost less than $1.00 as Express; it costs $0.00375 as Express (if it could run as Express).

      Express: 1 request + 64 MB × 3600.0 s billed = $0.00375
          cannot run as Express: the run took 01:00:00.000 of virtual time; Express executions stop at 5 minutes (States.Timeout)
      Prices: us-east-1, as of 2020-07 to 2025 (the captures agree; ASL… (55 chars); free tier not applied

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes when it costs at least the bound and fails when it costs less', async () => {
    const execution = await shipped();
    expect(execution).not.toCostLessThan({ standard: 0.0001 }, orderDefinition);
    expect(failureOf(() => expect(execution).not.toCostLessThan({ standard: 0.01 }, orderDefinition))).toMatchInlineSnapshot(`
      "expect(execution).not.toCostLessThan({ standard: 0.01 }, definition)

      Expected one run to cost at least $0.01 as Standard; it costs $0.000275 as Standard.

      Standard: 11 state transitions × $0.025 per 1,000 = $0.000275
          ReserveStock[*].Reserve   3
          ValidateOrder             1
          ReserveStock              1
          ChargeCard                1
          WaitForWarehouseWindow    1
          ShipAndNotify             1
          ShipAndNotify#0.Ship      1
          ShipAndNotify#1.Notify    1
          … 1 more state
      Prices: us-east-1, as of 2020-07 to 2025 (the captures agree; ASL… (55 chars); free tier not applied

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error without the machine, or for bounds it cannot read', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toCostLessThan({ standard: 0.01 }, undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toCostLessThan(): the second argument must be the state machine (or its definition): costs depend on its size and states, which the execution result does not hold. Write expect(execution).toCostLessThan({ standard: 0.01 }, machine).]`,
    );
    expect(() => expect(execution).toCostLessThan({ standrad: 0.01 } as never, orderDefinition)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toCostLessThan(): limits take standard and/or express, each a number of US dollars per run ≥ 0, e.g. { standard: 0.001 }; got {"standrad":0.01}.]`,
    );
  });
});

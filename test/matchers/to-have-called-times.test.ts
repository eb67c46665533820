import { describe, expect, it } from 'vitest';
import { failureOf, rejected, shipped, throttledOnce } from './executions.js';

describe('toHaveCalledTimes', () => {
  it('passes for the exact number of calls, retries included', async () => {
    expect(await shipped()).toHaveCalledTimes('ChargeCard', 1);
    expect(await throttledOnce()).toHaveCalledTimes('charge-card', 2);
    expect(await rejected()).toHaveCalledTimes('arn:aws:states:::lambda:invoke', 4);
    expect(await shipped()).toHaveCalledTimes('Refund', 0);
  });

  it('fails for another count, listing the calls in order', async () => {
    const execution = await throttledOnce();
    expect(failureOf(() => expect(execution).toHaveCalledTimes('ChargeCard', 3))).toMatchInlineSnapshot(`
      "expect(execution).toHaveCalledTimes("ChargeCard", 3)

      Expected "ChargeCard" to be called 3 times; it was called 2 times:
        1. ChargeCard  #21  t=+00:00:00.000  failed: Lambda.TooManyRequestsException
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}
        2. ChargeCard (retry 1)  #24  t=+00:00:02.000  succeeded
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for another count and fails for the same', async () => {
    const execution = await throttledOnce();
    expect(execution).not.toHaveCalledTimes('ChargeCard', 1);
    expect(failureOf(() => expect(execution).not.toHaveCalledTimes('ChargeCard', 2))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveCalledTimes("ChargeCard", 2)

      Expected "ChargeCard" not to be called exactly 2 times, but it was:
        1. ChargeCard  #21  t=+00:00:00.000  failed: Lambda.TooManyRequestsException
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}
        2. ChargeCard (retry 1)  #24  t=+00:00:02.000  succeeded
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for a missing count', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveCalledTimes('ChargeCard', undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveCalledTimes(): times must be a whole number ≥ 0; got undefined.]`,
    );
  });
});

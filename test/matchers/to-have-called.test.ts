import { describe, expect, it } from 'vitest';
import { errorOf, failureOf, fanOutCaught, shipped, throttledOnce } from './executions.js';

describe('toHaveCalled', () => {
  it('passes for a call by Task state, Resource ARN or Lambda function name', async () => {
    const execution = await shipped();
    expect(execution).toHaveCalled('ChargeCard');
    expect(execution).toHaveCalled('arn:aws:states:::lambda:invoke');
    expect(execution).toHaveCalled('charge-card');
    expect(await fanOutCaught()).toHaveCalled('Fan#1.B');
    expect(await fanOutCaught()).toHaveCalled('b');
  });

  it('matches parameters partially and deeply, asymmetric matchers allowed', async () => {
    const execution = await shipped();
    expect(execution).toHaveCalled('ChargeCard', { Payload: { orderId: 'o-42' } });
    expect(execution).toHaveCalled('ChargeCard', { FunctionName: 'charge-card', Payload: { amount: expect.any(Number) } });
  });

  it('fails when no call has matching parameters, listing every call and returning the diff', async () => {
    const execution = await throttledOnce();
    const error = errorOf(() => expect(execution).toHaveCalled('ChargeCard', { Payload: { amount: 100 } }));
    expect(error.message).toMatchInlineSnapshot(`
      "expect(execution).toHaveCalled("ChargeCard", params)

      Expected "ChargeCard" to be called with parameters matching:
        {"Payload":{"amount":100}}
      It was called 2 times, never with matching parameters:
        1. ChargeCard  #21  t=+00:00:00.000  failed: Lambda.TooManyRequestsException
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}
        2. ChargeCard (retry 1)  #24  t=+00:00:02.000  succeeded
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
    expect(error).toMatchObject({ actual: { Payload: { amount: 99.5 } }, expected: { Payload: { amount: 100 } } });
  });

  it('fails for a target never called, with a suggestion and every call made', async () => {
    const execution = await throttledOnce();
    expect(failureOf(() => expect(execution).toHaveCalled('charge-crad'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveCalled("charge-crad")

      Expected "charge-crad" to be called; it never was. Did you mean "charge-card"?
      The execution made 2 calls:
        1. ChargeCard  #21  t=+00:00:00.000  failed: Lambda.TooManyRequestsException
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}
        2. ChargeCard (retry 1)  #24  t=+00:00:02.000  succeeded
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('.not passes for a target not called and fails for one called', async () => {
    const execution = await throttledOnce();
    expect(execution).not.toHaveCalled('refund');
    expect(execution).not.toHaveCalled('ChargeCard', { Payload: { amount: 100 } });
    expect(failureOf(() => expect(execution).not.toHaveCalled('ChargeCard', { Payload: { orderId: 'o-42' } }))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveCalled("ChargeCard", params)

      Expected "ChargeCard" not to be called with parameters matching:
        {"Payload":{"orderId":"o-42"}}
      but it was, 2 times:
        1. ChargeCard  #21  t=+00:00:00.000  failed: Lambda.TooManyRequestsException
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}
        2. ChargeCard (retry 1)  #24  t=+00:00:02.000  succeeded
             {"FunctionName":"charge-card","Payload":{"orderId":"o-42","amount":99.5}}

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for parameters that are not an object', async () => {
    const execution = await shipped();
    expect(() => expect(execution).toHaveCalled('ChargeCard', 'o-42' as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveCalled(): params must be an object of expected parameters, e.g. { Payload: { orderId: 'o-42' } }; got string.]`,
    );
  });
});

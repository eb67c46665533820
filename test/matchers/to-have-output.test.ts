import { describe, expect, it } from 'vitest';
import { errorOf, failureOf, rejected, shipped } from './executions.js';

const output = {
  order: { id: 'o-42', total: 99.5, items: [{ sku: 'book' }, { sku: 'lamp' }, { sku: 'mug' }] },
  reservations: [
    { reservation: 'o-42-book', line: 0 },
    { reservation: 'o-42-lamp', line: 1 },
    { reservation: 'o-42-mug', line: 2 },
  ],
  payment: { chargeId: 'ch_123' },
  fulfilment: { shipment: { carrier: 'UPS' }, notification: 'Order o-42 is on its way' },
};

describe('toHaveOutput', () => {
  it('passes for an equal output, asymmetric matchers allowed inside', async () => {
    const execution = await shipped();
    expect(execution).toHaveOutput(output);
    expect(execution).toHaveOutput({ ...output, payment: { chargeId: expect.stringMatching(/^ch_/) }, reservations: expect.any(Array) });
  });

  it('fails for a different output, cutting it to one line and returning both for the diff', async () => {
    const execution = await shipped();
    const expected = { ...output, payment: { chargeId: 'ch_999' } };
    const error = errorOf(() => expect(execution).toHaveOutput(expected));
    expect(error.message).toMatchInlineSnapshot(`
      "expect(execution).toHaveOutput(expected)

      Expected the execution output to equal:
        {"order":{"id":"o-42","total":99.5,"items":[{"sku":"book"},{"sku":"lamp"},{"sku":"mug"}]},"reservations":[{"reservation":"o-42-book","line":0},{"reservation":"o-42-lamp","line":1},{"reservation":"o-42… (335 chars)
      Received:
        {"order":{"id":"o-42","total":99.5,"items":[{"sku":"book"},{"sku":"lamp"},{"sku":"mug"}]},"reservations":[{"reservation":"o-42-book","line":0},{"reservation":"o-42-lamp","line":1},{"reservation":"o-42… (335 chars; see execution.output)

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
    expect(error).toMatchObject({ actual: output, expected });
  });

  it('fails for an execution with no output, saying why', async () => {
    const execution = await rejected();
    expect(failureOf(() => expect(execution).toHaveOutput(output))).toMatchInlineSnapshot(`
      "expect(execution).toHaveOutput(expected)

      Expected the execution output to equal:
        {"order":{"id":"o-42","total":99.5,"items":[{"sku":"book"},{"sku":"lamp"},{"sku":"mug"}]},"reservations":[{"reservation":"o-42-book","line":0},{"reservation":"o-42-lamp","line":1},{"reservation":"o-42… (335 chars)
      but there is no output: the execution FAILED with OrderRejected: "The order is empty or could not be charged" at t=+00:00:14.000.

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

  it('.not passes for another output and fails for an equal one', async () => {
    const execution = await shipped();
    expect(execution).not.toHaveOutput({ payment: { chargeId: 'ch_123' } });
    expect(failureOf(() => expect(execution).not.toHaveOutput(output))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveOutput(expected)

      Expected the execution output not to equal:
        {"order":{"id":"o-42","total":99.5,"items":[{"sku":"book"},{"sku":"lamp"},{"sku":"mug"}]},"reservations":[{"reservation":"o-42-book","line":0},{"reservation":"o-42-lamp","line":1},{"reservation":"o-42… (335 chars)
      but it did.

      SUCCEEDED at t=+01:00:00.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('throws a usage error for something that is not an execution', () => {
    expect(() => expect(output).toHaveOutput(output)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveOutput() checks an sfn-sim execution (what StateMachine.run() resolves to); received an object with keys order, reservations, payment, fulfilment.]`,
    );
  });
});

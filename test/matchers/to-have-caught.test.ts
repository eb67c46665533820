import { describe, expect, it } from 'vitest';
import { failureOf, fanOutCaught, rejected, shipped, throttledOnce } from './executions.js';

describe('toHaveCaught', () => {
  it('passes when a Catch of the state caught an error, of this name when given', async () => {
    const execution = await rejected();
    expect(execution).toHaveCaught('ChargeCard');
    expect(execution).toHaveCaught('ChargeCard', 'Lambda.TooManyRequestsException');
    expect(execution).toHaveCaught('ChargeCard', /TooManyRequests/);
  });

  it('reads the error of a Parallel from the branch that failed it', async () => {
    expect(await fanOutCaught()).toHaveCaught('Fan', 'Boom');
  });

  it('fails when nothing was caught, showing what happened instead', async () => {
    const execution = await throttledOnce();
    expect(failureOf(() => expect(execution).toHaveCaught('ChargeCard'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveCaught("ChargeCard")

      Expected a Catch of "ChargeCard" to catch an error; none did. What happened instead:

      ChargeCard (Task, arn:aws:states:::lambda:invoke), entered #20:
        #23  TaskFailed  Lambda.TooManyRequestsException  "Rate exceeded"   t=+00:00:00.000
        #24  retried after 2 s (attempt 2)                                  t=+00:00:02.000
        #26  TaskSucceeded                                                  t=+00:00:02.000
        #27  TaskStateExited → WaitForWarehouseWindow                       t=+00:00:02.000

      SUCCEEDED at t=+01:00:02.000
      Replay: machine.run(input, { seed, executionName: "order-42", startTime: "2024-01-01T00:00:00.000Z" })  (input: event #1; seed: this test's)"
    `);
  });

  it('fails when another error was caught', async () => {
    const execution = await rejected();
    expect(failureOf(() => expect(execution).toHaveCaught('ChargeCard', 'States.Timeout'))).toMatchInlineSnapshot(`
      "expect(execution).toHaveCaught("ChargeCard", "States.Timeout")

      Expected a Catch of "ChargeCard" to catch "States.Timeout"; it caught only "Lambda.TooManyRequestsException". What happened instead:

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

  it('.not passes when nothing was caught and fails when something was', async () => {
    expect(await shipped()).not.toHaveCaught('ChargeCard');
    const execution = await rejected();
    expect(execution).not.toHaveCaught('ChargeCard', 'States.Timeout');
    expect(failureOf(() => expect(execution).not.toHaveCaught('ChargeCard'))).toMatchInlineSnapshot(`
      "expect(execution).not.toHaveCaught("ChargeCard")

      Expected no Catch of "ChargeCard" to catch an error, but one caught Lambda.TooManyRequestsException:

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

  it('throws a usage error for an error that is not a string, a RegExp or an asymmetric matcher', async () => {
    const execution = await rejected();
    expect(() => expect(execution).toHaveCaught('ChargeCard', {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toHaveCaught(): error must be a string, a RegExp or an asymmetric matcher such as expect.stringContaining('…'); got object.]`,
    );
  });
});

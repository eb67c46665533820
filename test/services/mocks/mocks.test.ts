import { describe, expect, it } from 'vitest';
import {
  afterSeconds,
  lambdaFunction,
  LambdaFunctionError,
  MockConfigError,
  StateMachine,
  StatesError,
  UsageError,
} from '../../../src/index.js';

const invoke = (name: string, extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { FunctionName: 'charge-card', 'Payload.$': '$' },
  ...extra,
});

function chargeMachine(extra: Record<string, unknown> = {}) {
  return {
    StartAt: 'Charge',
    States: { Charge: { ...invoke('Charge', extra), End: true } },
  };
}

describe('scripted mocks', () => {
  it('wraps a lambda:invoke return value in the Invoke response AWS hands the state (§6.2)', async () => {
    const machine = new StateMachine(chargeMachine(), { mocks: { Charge: { returns: { chargeId: 'ch_1' } } } });
    const output = (await machine.run({ amount: 5 })).output as Record<string, unknown>;
    expect(output['Payload']).toEqual({ chargeId: 'ch_1' });
    expect(output['StatusCode']).toBe(200);
    expect(output['ExecutedVersion']).toBe('$LATEST');
    expect(Object.keys(output).sort()).toEqual(['ExecutedVersion', 'Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
  });

  it('hands a raw response to the state unchanged', async () => {
    const machine = new StateMachine(chargeMachine(), { mocks: { Charge: { raw: { Payload: 1 } } } });
    expect((await machine.run({})).output).toEqual({ Payload: 1 });
  });

  it('consumes a list one response per call: retries advance it', async () => {
    const machine = new StateMachine(
      chargeMachine({ Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2 }], OutputPath: '$.Payload' }),
      {
        mocks: {
          Charge: [
            { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } },
            { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } },
            { returns: { ok: true }, afterSeconds: 1 },
          ],
        },
      },
    );
    const result = await machine.run({});
    expect(result.output).toEqual({ ok: true });
    expect(result.calls.map((c) => [c.invocation, c.attempt, c.outcome, c.time])).toEqual([
      [0, 0, 'failed', '2024-01-01T00:00:00.000Z'],
      [1, 1, 'failed', '2024-01-01T00:00:02.000Z'],
      [2, 2, 'succeeded', '2024-01-01T00:00:06.000Z'],
    ]);
    expect(result.stopTime).toBe('2024-01-01T00:00:07.000Z');
  });

  it('finds a mock by the Lambda function name, and runs function code with the Payload as the event', async () => {
    const machine = new StateMachine(chargeMachine({ OutputPath: '$.Payload' }), {
      mocks: { 'charge-card': lambdaFunction((event) => ({ charged: (event as { amount: number }).amount })) },
    });
    expect((await machine.run({ amount: 7 })).output).toEqual({ charged: 7 });
  });

  it('names a Lambda function error by its errorType with AWS cause JSON (§6.3)', async () => {
    const machine = new StateMachine(chargeMachine(), {
      mocks: {
        'charge-card': lambdaFunction(() => {
          throw new LambdaFunctionError('Exception', 'Some exception was raised.');
        }),
      },
    });
    const result = await machine.run({});
    expect(result.error).toBe('Exception');
    expect(JSON.parse(result.cause ?? '{}')).toMatchObject({ errorMessage: 'Some exception was raised.', errorType: 'Exception' });
  });

  it('lets a function mock take virtual time, so TimeoutSeconds applies', async () => {
    const machine = new StateMachine(chargeMachine({ TimeoutSeconds: 3 }), { mocks: { Charge: () => afterSeconds(10, { late: true }) } });
    const result = await machine.run({});
    expect(result.error).toBe('States.Timeout');
    expect(result.calls[0]?.outcome).toBe('timedOut');
  });

  it('fails the run with a message showing how to mock a Task that has no mock', async () => {
    const machine = new StateMachine(chargeMachine());
    await expect(machine.run({})).rejects.toThrow(/The Task state "Charge" \(arn:aws:states:::lambda:invoke\) has no mock/);
    await expect(machine.run({})).rejects.toBeInstanceOf(UsageError);
  });

  it("passes the input through in 'passthrough' mode", async () => {
    const machine = new StateMachine(chargeMachine(), { unmockedTasks: 'passthrough' });
    expect((await machine.run({ a: 1 })).output).toEqual({ FunctionName: 'charge-card', Payload: { a: 1 } });
  });

  it('rejects a mock for a state that does not exist, suggesting the likely name', () => {
    expect(() => new StateMachine(chargeMachine(), { mocks: { Chrage: { returns: 1 } } })).toThrow(MockConfigError);
    expect(() => new StateMachine(chargeMachine(), { mocks: { Chrage: { returns: 1 } } })).toThrow(
      /"Chrage" matches no Task state or Lambda function \(did you mean "Charge"\?\)/,
    );
  });

  it('rejects a malformed response: a throws without an error name, or two kinds at once', () => {
    expect(() => new StateMachine(chargeMachine(), { mocks: { Charge: { throws: { cause: 'x' } } as never } })).toThrow(
      /mocks\["Charge"\]: throws needs \{ error: '<ErrorName>', cause\?: '<text>' \}/,
    );
    expect(() => new StateMachine(chargeMachine(), { mocks: { Charge: [{ returns: 1, raw: 2 }] as never } })).toThrow(
      /mocks\["Charge"\]\[0\]: a response needs exactly one of returns, raw, throws; got returns and raw/,
    );
  });

  it('names the mock and the state when a list runs out', async () => {
    const machine = new StateMachine(chargeMachine({ Retry: [{ ErrorEquals: ['E'] }] }), {
      mocks: { Charge: [{ throws: { error: 'E' } }] },
    });
    await expect(machine.run({})).rejects.toThrow(/mocks\["Charge"\] lists 1 response, but "Charge" was called a 2nd time/);
  });

  it('lets a function mock fail the task with a StatesError', async () => {
    const machine = new StateMachine(chargeMachine(), {
      mocks: {
        Charge: () => {
          throw new StatesError('Custom.Error', 'nope');
        },
      },
    });
    expect(await machine.run({})).toMatchObject({ status: 'FAILED', error: 'Custom.Error', cause: 'nope' });
  });
});

import { describe, expect, it } from 'vitest';
import { StateMachine } from '../../src/index.js';

const definition = {
  StartAt: 'Route',
  States: {
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.n', NumericGreaterThan: 10, Next: 'Call' },
        { Variable: '$.n', NumericLessThan: 0, Next: 'Call' },
      ],
      Default: 'Call',
    },
    Call: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [
        { ErrorEquals: ['Other'], MaxAttempts: 1 },
        { ErrorEquals: ['Flaky'], MaxAttempts: 1, IntervalSeconds: 1 },
      ],
      Catch: [
        { ErrorEquals: ['Nope'], Next: 'Done' },
        { ErrorEquals: ['States.ALL'], Next: 'Done' },
      ],
      End: true,
    },
    Done: { Type: 'Succeed' },
  },
};

describe('RunOptions.observer', () => {
  it('is told the Choice rule taken (-1 for Default), the retrier that retried and the catcher that caught', async () => {
    const machine = new StateMachine(definition, {
      mocks: { Call: [{ throws: { error: 'Flaky' } }, { throws: { error: 'Flaky' } }] },
    });
    const seen: string[] = [];
    const observer = {
      choice: (s: string, i: number) => seen.push(`choice ${s} ${i}`),
      retry: (s: string, i: number) => seen.push(`retry ${s} ${i}`),
      catch: (s: string, i: number) => seen.push(`catch ${s} ${i}`),
    };
    const result = await machine.run({ n: -3 }, { observer });
    expect(result.status).toBe('SUCCEEDED');
    expect(seen).toEqual(['choice Route 1', 'retry Call 1', 'catch Call 1']);

    seen.length = 0;
    await machine.run({ n: 5 }, { observer });
    expect(seen[0]).toBe('choice Route -1');
  });

  it('changes nothing about the execution', async () => {
    const machine = new StateMachine(definition, { mocks: { Call: [{ throws: { error: 'Nope' } }] } });
    const plain = await machine.run({ n: 11 });
    const observed = await machine.run({ n: 11 }, { observer: {} });
    expect(observed.history).toEqual(plain.history);
  });
});

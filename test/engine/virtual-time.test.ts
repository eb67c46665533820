import { describe, expect, it } from 'vitest';
import { StateMachine } from '../../src/index.js';

describe('virtual time', () => {
  it('runs a one-year Wait without waiting and stamps the stop time a year later', async () => {
    const machine = new StateMachine({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 365 * 24 * 3600, End: true } } });
    const result = await machine.run({}, { startTime: '2024-01-01T00:00:00.000Z' });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.stopTime).toBe('2024-12-31T00:00:00.000Z');
  });

  it('proceeds at once when a Wait timestamp is in the past', async () => {
    const machine = new StateMachine({ StartAt: 'W', States: { W: { Type: 'Wait', Timestamp: '2000-01-01T00:00:00Z', End: true } } });
    const result = await machine.run({});
    expect(result.stopTime).toBe(result.startTime);
  });

  it('times the execution out at TimeoutSeconds with status TIMED_OUT and ExecutionTimedOut', async () => {
    const machine = new StateMachine({ TimeoutSeconds: 5, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } });
    const result = await machine.run({});
    expect(result.status).toBe('TIMED_OUT');
    expect(result.history.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionTimedOut']);
    expect(Date.parse(result.stopTime) - Date.parse(result.startTime)).toBe(5000);
  });

  it('interleaves Parallel branches by virtual time: the shorter Wait finishes first', async () => {
    const machine = new StateMachine({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 20, End: true } } },
            { StartAt: 'Fast', States: { Fast: { Type: 'Wait', Seconds: 5, End: true } } },
          ],
          End: true,
        },
      },
    });
    const result = await machine.run({ x: 1 });
    const exits = result.history.filter((e) => e.type === 'WaitStateExited').map((e) => e['stateExitedEventDetails']?.name);
    expect(exits).toEqual(['Fast', 'Slow']);
    expect(result.output).toEqual([{ x: 1 }, { x: 1 }]);
    expect(Date.parse(result.stopTime) - Date.parse(result.startTime)).toBe(20_000);
  });
});

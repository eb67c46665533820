import { describe, expect, it } from 'vitest';
import { StateMachine, StatesError } from '../../src/index.js';

function exitedDetails(result: Awaited<ReturnType<StateMachine['run']>>, name: string) {
  return result.history.find((e) => e.type.endsWith('StateExited') && e['stateExitedEventDetails']?.name === name)?.[
    'stateExitedEventDetails'
  ];
}

describe('workflow variables (ASL-REFERENCE §4)', () => {
  it('lets InputPath/OutputPath read the pre-state value when the same state assigns the variable (§2.1 OBS)', async () => {
    const machine = new StateMachine({
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { answer: 42 }, Next: 'Reassign' },
        Reassign: { Type: 'Pass', InputPath: '$answer', OutputPath: '$answer', Assign: { answer: 'changed' }, Next: 'Read' },
        Read: { Type: 'Pass', Parameters: { 'now.$': '$answer' }, End: true },
      },
    });
    const result = await machine.run({});
    expect(exitedDetails(result, 'Reassign')?.output).toBe('42');
    expect(result.output).toEqual({ now: 'changed' });
  });

  it('records assigned values as JSON text in the Exited event', async () => {
    const machine = new StateMachine({
      StartAt: 'S',
      States: { S: { Type: 'Pass', Assign: { constant_int: 0, s: 'abc', 'fromInput.$': '$.x' }, End: true } },
    });
    const result = await machine.run({ x: [1] });
    expect(exitedDetails(result, 'S')).toEqual({
      name: 'S',
      output: '{"x":[1]}',
      outputDetails: { truncated: false },
      assignedVariables: { constant_int: '0', s: '"abc"', fromInput: '[1]' },
      assignedVariablesDetails: { truncated: false },
    });
  });

  it('evaluates all assignments against the values at state entry: a swap works (§4.2)', async () => {
    const machine = new StateMachine({
      QueryLanguage: 'JSONata',
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { x: 1, y: 2 }, Next: 'Swap' },
        Swap: { Type: 'Pass', Assign: { x: '{% $y %}', y: '{% $x %}' }, Next: 'Out' },
        Out: { Type: 'Pass', Output: { x: '{% $x %}', y: '{% $y %}' }, End: true },
      },
    });
    expect((await machine.run({})).output).toEqual({ x: 2, y: 1 });
  });

  it("runs the chosen Choice rule's Assign instead of the state's, and the state's on the Default path", async () => {
    const definition = (value: number) => ({
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Variable: '$.v', NumericEquals: 1, Assign: { picked: 'rule' }, Next: 'Out' }],
          Default: 'Out',
          Assign: { picked: 'state' },
        },
        Out: { Type: 'Pass', Parameters: { 'picked.$': '$picked' }, End: true },
      },
    });
    expect((await new StateMachine(definition(1)).run({ v: 1 })).output).toEqual({ picked: 'rule' });
    expect((await new StateMachine(definition(1)).run({ v: 2 })).output).toEqual({ picked: 'state' });
  });

  it("runs a catcher's Assign with $ = the Error Output, and not the state's Assign", async () => {
    const machine = new StateMachine(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Assign: { outcome: 'ok' },
            Catch: [{ ErrorEquals: ['States.ALL'], Assign: { 'outcome.$': '$.Error' }, Next: 'Out' }],
            Next: 'Out',
          },
          Out: { Type: 'Pass', Parameters: { 'outcome.$': '$outcome' }, End: true },
        },
      },
      {
        taskHandlers: {
          T: () => {
            throw new StatesError('Boom', 'x');
          },
        },
      },
    );
    expect((await machine.run({})).output).toEqual({ outcome: 'Boom' });
  });

  it('gives each Map iteration its own scope that reads the outer variables (§4.3)', async () => {
    const machine = new StateMachine({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { prefix: 'item-' }, Next: 'M' },
        M: {
          Type: 'Map',
          MaxConcurrency: 1,
          ItemProcessor: {
            StartAt: 'Remember',
            States: {
              Remember: { Type: 'Pass', Assign: { 'mine.$': '$' }, Next: 'Use' },
              Use: { Type: 'Pass', Parameters: { 'p.$': '$prefix', 'mine.$': '$mine' }, End: true },
            },
          },
          End: true,
        },
      },
    });
    expect((await machine.run([1, 2])).output).toEqual([
      { p: 'item-', mine: 1 },
      { p: 'item-', mine: 2 },
    ]);
  });

  it('fails with States.Runtime when a JSONPath reads a variable that was never assigned', async () => {
    const machine = new StateMachine({ StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'v.$': '$never' }, End: true } } });
    const result = await machine.run({});
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('States.Runtime');
  });

  it('rejects an invalid or reserved variable name at definition time', () => {
    expect(() => new StateMachine({ StartAt: 'P', States: { P: { Type: 'Pass', Assign: { states: 1 }, End: true } } })).toThrow(
      /'states' is not a valid variable name/,
    );
    expect(() => new StateMachine({ StartAt: 'P', States: { P: { Type: 'Pass', Assign: { 'a-b': 1 }, End: true } } })).toThrow(
      /'a-b' is not a valid variable name/,
    );
  });
});

describe('variable limits and scope (ASL-REFERENCE §4.3, §4.4)', () => {
  it('refuses to assign, from a Map iteration, a variable of the outer scope', async () => {
    const machine = new StateMachine({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { total: 0 }, Next: 'M' },
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'Add', States: { Add: { Type: 'Pass', Assign: { total: 1 }, End: true } } },
          End: true,
        },
      },
    });
    const result = await machine.run([1]);
    expect(result.error).toBe('States.Runtime');
    expect(result.cause).toContain("Cannot bind value to variable 'total' as it belongs to an outer scope.");
  });

  it('refuses an Assign whose values add up to more than 256 KiB', async () => {
    const machine = new StateMachine({
      StartAt: 'P',
      States: { P: { Type: 'Pass', Assign: { 'a.$': '$.text', 'b.$': '$.text' }, End: true } },
    });
    const result = await machine.run({ text: 'a'.repeat(150_000) });
    expect(result.error).toBe('States.DataLimitExceeded');
    expect(result.cause).toBe('The variables assigned by one state exceed the maximum combined size of 262144 bytes.');
  });
});

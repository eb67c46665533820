import { describe, expect, it } from 'vitest';
import { DefinitionError, StateMachine, UsageError } from '../../src/index.js';

function diagnosticsOf(definition: unknown) {
  try {
    new StateMachine(definition);
  } catch (e) {
    expect(e).toBeInstanceOf(DefinitionError);
    return (e as DefinitionError).diagnostics.map((d) => ({ code: d.code, message: d.message, location: d.location }));
  }
  throw new Error('expected a DefinitionError');
}

describe('bad definitions get a typed error naming every problem (ASL-REFERENCE §10.3)', () => {
  it('reports invalid JSON text', () => {
    expect(diagnosticsOf('{"StartAt": ')).toEqual([expect.objectContaining({ code: 'INVALID_JSON_DESCRIPTION', location: '/' })]);
  });

  it('reports a definition that is not an object, with AWS wording', () => {
    expect(diagnosticsOf([1, 2])).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', message: 'Definition must be a valid JSON object', location: '/' },
    ]);
    expect(diagnosticsOf('')).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', message: 'Definition must be a valid JSON object', location: '/' },
    ]);
  });

  it('reports missing top-level fields', () => {
    expect(diagnosticsOf({})).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', message: 'These fields are required: [States, StartAt]', location: '/' },
    ]);
  });

  it('reports an unknown state type with the list of valid ones', () => {
    expect(diagnosticsOf({ StartAt: 'A', States: { A: { Type: 'Lambda', End: true } } })).toContainEqual({
      code: 'SCHEMA_VALIDATION_FAILED',
      message: "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]",
      location: '/States/A/Type',
    });
  });

  it('reports a missing Next target and suggests the likely name', () => {
    expect(
      diagnosticsOf({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'ChargeCrad' }, ChargeCard: { Type: 'Succeed' } } }),
    ).toContainEqual({
      code: 'MISSING_TRANSITION_TARGET',
      message: 'Missing \'Next\' target: ChargeCrad (did you mean "ChargeCard"?)',
      location: '/States/A/Next',
    });
  });

  it('reports an unreachable state as AWS does', () => {
    expect(diagnosticsOf({ StartAt: 'A', States: { A: { Type: 'Succeed' }, B: { Type: 'Succeed' } } })).toEqual([
      { code: 'MISSING_TRANSITION_TARGET', message: 'State "B" is not reachable.', location: '/States/B' },
    ]);
  });

  it('reports a bad path inside a nested branch with its location', () => {
    const diags = diagnosticsOf({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', InputPath: 'not-a-path', End: true } } }],
          End: true,
        },
      },
    });
    expect(diags).toEqual([expect.objectContaining({ location: '/States/P/Branches/0/States/X/InputPath' })]);
  });

  it('lists every problem at once in the error message', () => {
    const error = (() => {
      try {
        new StateMachine({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nope' }, B: { Type: 'Bogus' } } });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain("MISSING_TRANSITION_TARGET: Missing 'Next' target: Nope at /States/A/Next");
    expect(error?.message).toContain('SCHEMA_VALIDATION_FAILED');
  });
});

describe('bad execution input', () => {
  const machine = new StateMachine({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });

  it('rejects input that is not JSON-serialisable with a UsageError', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    await expect(machine.run(cyclic)).rejects.toBeInstanceOf(UsageError);
    await expect(machine.run(() => 1)).rejects.toThrow(/not JSON-serialisable/);
    await expect(machine.run(Number.NaN)).rejects.toBeInstanceOf(UsageError);
  });

  it('does not let __proto__ keys in input reach any prototype', async () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const result = await machine.run(input);
    expect(result.output).toEqual(input);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('Task resources', () => {
  it('rejects a Resource that is not an ARN with AWS wording (§10.3)', () => {
    expect(diagnosticsOf({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'my-function', End: true } } })).toEqual([
      {
        code: 'INVALID_RESOURCE',
        message:
          'The resource provided my-function is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.',
        location: '/States/T/Resource',
      },
    ]);
  });
});

describe('query languages (ASL-REFERENCE §3.1, §3.4)', () => {
  it('reports a JSONata syntax error at the field that holds it', () => {
    const diags = diagnosticsOf({
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: { P: { Type: 'Pass', Output: { x: '{% $states.input. %}' }, End: true } },
    });
    expect(diags).toEqual([expect.objectContaining({ code: 'SCHEMA_VALIDATION_FAILED', location: '/States/P/Output' })]);
    expect(diags[0]?.message).toContain('Output/x');
  });

  it('rejects JSONPath fields in a JSONata state and JSONata fields in a JSONPath state', () => {
    expect(diagnosticsOf({ QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', InputPath: '$.a', End: true } } })).toEqual(
      [expect.objectContaining({ code: 'SCHEMA_VALIDATION_FAILED', location: '/States/P/InputPath' })],
    );
    expect(diagnosticsOf({ StartAt: 'P', States: { P: { Type: 'Pass', Output: { a: 1 }, End: true } } })).toEqual([
      expect.objectContaining({ code: 'SCHEMA_VALIDATION_FAILED', location: '/States/P/Output' }),
    ]);
  });

  it('rejects a JSONPath state inside a JSONata machine with AWS wording', () => {
    expect(
      diagnosticsOf({ QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } } }),
    ).toEqual([
      {
        code: 'SCHEMA_VALIDATION_FAILED',
        message: "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
        location: '/States/P',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate, failure } from './support.js';

describe('States.StringToJson', () => {
  const call = 'States.StringToJson($.FunctionInput)';

  it('parses JSON text of every kind (recorded on AWS)', () => {
    expect(evaluate(call, { FunctionInput: 'null' })).toBeNull();
    expect(evaluate(call, { FunctionInput: '-0' })).toBe(0);
    expect(evaluate(call, { FunctionInput: '1.1' })).toBe(1.1);
    expect(evaluate(call, { FunctionInput: 'true' })).toBe(true);
    expect(evaluate(call, { FunctionInput: '"HelloWorld"' })).toBe('HelloWorld');
    expect(evaluate(call, { FunctionInput: '[1, 2, "HelloWorld"]' })).toEqual([1, 2, 'HelloWorld']);
    expect(evaluate(call, { FunctionInput: '{"Arg1": 1, "Arg2": []}' })).toEqual({ Arg1: 1, Arg2: [] });
  });

  it('gives null for blank text (recorded on AWS)', () => {
    expect(evaluate(call, { FunctionInput: '' })).toBeNull();
    expect(evaluate(call, { FunctionInput: ' ' })).toBeNull();
  });

  it('parses an escaped string literal in the definition', () => {
    expect(evaluate('States.StringToJson(\'{"text":"An \\\\"escaped\\\\" quote"}\')')).toEqual({ text: 'An "escaped" quote' });
  });

  it('keeps a "__proto__" key as plain data', () => {
    const result = evaluate(call, { FunctionInput: '{"__proto__": {"polluted": true}}' }) as Record<string, unknown>;
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('fails on text that is not JSON, and on a non-string', () => {
    expect(failure(call, { FunctionInput: '{oops' })).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.StringToJson($.FunctionInput). Invalid arguments in States.StringToJson",
        "error": "States.Runtime",
      }
    `);
    expect(failure(call, { FunctionInput: { a: 1 } }).error).toBe('States.Runtime');
  });
});

describe('States.JsonToString', () => {
  const call = 'States.JsonToString($.FunctionInput)';

  it('writes compact JSON text (recorded on AWS)', () => {
    expect(evaluate(call, { FunctionInput: null })).toBe('null');
    expect(evaluate(call, { FunctionInput: 1 })).toBe('1');
    expect(evaluate(call, { FunctionInput: 1.1 })).toBe('1.1');
    expect(evaluate(call, { FunctionInput: true })).toBe('true');
    expect(evaluate(call, { FunctionInput: 'HelloWorld' })).toBe('"HelloWorld"');
    expect(evaluate(call, { FunctionInput: [1, 2, 'HelloWorld'] })).toBe('[1,2,"HelloWorld"]');
    expect(evaluate(call, { FunctionInput: { Arg1: 1, Arg2: [] } })).toBe('{"Arg1":1,"Arg2":[]}');
  });
});

describe('States.JsonMerge', () => {
  it('merges shallowly: keys of the second object win and nested objects are replaced (recorded on AWS)', () => {
    const input = {
      FunctionInput: { fst: { a: { a1: 1, a2: 2 }, b: 2, d: 3 }, snd: { a: { a3: 1, a4: 2 }, c: 3, d: 4 } },
    };
    expect(evaluate('States.JsonMerge($.FunctionInput.fst, $.FunctionInput.snd, false)', input)).toEqual({
      a: { a3: 1, a4: 2 },
      b: 2,
      c: 3,
      d: 4,
    });
  });

  it('fails when deep merging is asked for, which AWS does not support', () => {
    expect(failure('States.JsonMerge($.a, $.b, true)', { a: {}, b: {} })).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.JsonMerge($.a, $.b, true). Invalid arguments in States.JsonMerge",
        "error": "States.Runtime",
      }
    `);
  });

  it('fails on non-objects and a non-boolean third argument', () => {
    expect(failure('States.JsonMerge($.a, $.b, false)', { a: [], b: {} }).error).toBe('States.Runtime');
    expect(failure("States.JsonMerge($.a, $.b, 'false')", { a: {}, b: {} }).error).toBe('States.Runtime');
  });

  it('copies a "__proto__" key as data without re-parenting the result', () => {
    const b = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, never>;
    const merged = evaluate('States.JsonMerge($.a, $.b, false)', { a: { x: 1 }, b }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['x', '__proto__']);
    expect(merged['polluted']).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Json } from '../../../src/asl/json.js';
import { evaluate, failure } from './support.js';

/** The input shape of the AWS-recorded cases: `{"FunctionInput": {"fst": ..., "snd": ..., "trd": ...}}`. */
const input = (fst: Json, snd: Json = null, trd: Json = null): Json => ({ FunctionInput: { fst, snd, trd } });

describe('States.Array', () => {
  it('returns [] with no arguments', () => {
    expect(evaluate('States.Array()')).toEqual([]);
  });

  it('collects its arguments in order, whatever their JSON type (recorded on AWS)', () => {
    const call = 'States.Array($.FunctionInput.fst, $.FunctionInput.snd)';
    expect(evaluate(call, input('', ''))).toEqual(['', '']);
    expect(evaluate(call, input(null, null))).toEqual([null, null]);
    expect(evaluate(call, input({ Arg1: 1, Arg2: [] }, { Arg1: 1, Arg2: [] }))).toEqual([
      { Arg1: 1, Arg2: [] },
      { Arg1: 1, Arg2: [] },
    ]);
  });

  it('accepts literals of every kind and nested calls', () => {
    expect(evaluate("States.Array(42, true, false, null, 'hello', -1.5, States.Array(2, 3))")).toEqual([
      42,
      true,
      false,
      null,
      'hello',
      -1.5,
      [2, 3],
    ]);
  });
});

describe('States.ArrayPartition', () => {
  const call = 'States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)';

  it('splits into chunks of the given size, the last one shorter (recorded on AWS)', () => {
    expect(evaluate(call, input([], 1))).toEqual([]);
    expect(evaluate(call, input([0, 1], 1))).toEqual([[0], [1]]);
    expect(evaluate(call, input([0, 1], 5))).toEqual([[0, 1]]);
    expect(evaluate(call, input([0, 1, 2], 2))).toEqual([[0, 1], [2]]);
    expect(evaluate(call, input([0, 1, 2, 3], 3))).toEqual([[0, 1, 2], [3]]);
  });

  it('drops the fraction of the chunk size, as AWS was observed to', () => {
    expect(evaluate('States.ArrayPartition($.a, 2.6)', { a: [1, 2, 3, 4, 5] })).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('fails on a size below 1 and on non-array or non-number arguments', () => {
    for (const size of ['0', '-1', '0.6']) {
      expect(failure(`States.ArrayPartition($.a, ${size})`, { a: [1, 2, 3] })).toEqual({
        error: 'States.Runtime',
        cause: `There was an error while evaluating the intrinsic function: States.ArrayPartition($.a, ${size}). Invalid arguments in States.ArrayPartition`,
      });
    }
    for (const size of ['2', null]) {
      expect(failure('States.ArrayPartition($.a, $.size)', { a: [1, 2, 3], size }).cause).toContain(
        'Invalid arguments in States.ArrayPartition',
      );
    }
    expect(failure("States.ArrayPartition('not-array', 2)").cause).toContain('Invalid arguments in States.ArrayPartition');
  });
});

describe('States.ArrayContains', () => {
  const call = 'States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)';

  it('finds values by deep comparison (recorded on AWS)', () => {
    expect(evaluate(call, input([], null))).toBe(false);
    expect(evaluate(call, input([], 1))).toBe(false);
    expect(evaluate(call, input([[1, 2, 3], 2], null))).toBe(false);
    expect(evaluate(call, input([{ 1: 2, 2: [] }], []))).toBe(false);
    expect(evaluate(call, input([{ 1: 2, 2: [] }], { 1: 2, 2: [] }))).toBe(true);
    expect(evaluate(call, input([true, false], true))).toBe(true);
    expect(evaluate(call, input([true, false], false))).toBe(true);
  });

  it('finds nested arrays and null', () => {
    expect(evaluate(call, input([[1, 2, 3], 2], [1, 2, 3]))).toBe(true);
    expect(evaluate('States.ArrayContains($.a, null)', { a: [1, null, 3] })).toBe(true);
    expect(evaluate('States.ArrayContains($.a, false)', { a: [0, 1, -1] })).toBe(false);
  });

  it('compares by text as AWS was observed to: "true" matches true, and object key order matters', () => {
    expect(evaluate('States.ArrayContains($.a, true)', { a: ['true', 'maybe'] })).toBe(true);
    expect(evaluate('States.ArrayContains($.a, $.t)', { a: ['9007199254740991'], t: 9007199254740991 })).toBe(true);
    expect(evaluate('States.ArrayContains($.a, $.t)', { a: [{ a: 1, b: 2 }], t: { b: 2, a: 1 } })).toBe(false);
  });

  it('fails when the first argument is not an array', () => {
    expect(failure("States.ArrayContains('not-array', 'x')").cause).toContain('Invalid arguments in States.ArrayContains');
  });
});

describe('States.ArrayRange', () => {
  it('counts from start by step, including end when a step lands on it (recorded on AWS)', () => {
    const call = 'States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)';
    expect(evaluate(call, input(0, 9, 3))).toEqual([0, 3, 6, 9]);
    expect(evaluate(call, input(0, 10, 3))).toEqual([0, 3, 6, 9]);
    expect(evaluate('States.ArrayRange(1, 9, 2)')).toEqual([1, 3, 5, 7, 9]);
    expect(evaluate('States.ArrayRange(1, 9, 9)')).toEqual([1]);
    expect(evaluate('States.ArrayRange(0, 3, 1)')).toEqual([0, 1, 2, 3]);
  });

  it('counts down with a negative step, and gives [] when the step points away from end', () => {
    expect(evaluate('States.ArrayRange(5, 1, -2)')).toEqual([5, 3, 1]);
    expect(evaluate('States.ArrayRange(3, 3, -1)')).toEqual([3]);
    expect(evaluate('States.ArrayRange(5, 1, 1)')).toEqual([]);
    expect(evaluate('States.ArrayRange(1, 5, -1)')).toEqual([]);
  });

  it('drops fractions toward zero, as AWS was observed to', () => {
    expect(evaluate('States.ArrayRange(5.4, -0.6, -2.4)')).toEqual([5, 3, 1]);
    expect(evaluate('States.ArrayRange(1.6, 1.4, 1)')).toEqual([1]);
  });

  it('allows 1000 items and fails on 1001', () => {
    expect(evaluate('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
    expect(evaluate('States.ArrayRange(1000, 1, -1)')).toHaveLength(1000);
    expect(failure('States.ArrayRange(1, 1001, 1)').cause).toMatchInlineSnapshot(
      `"There was an error while evaluating the intrinsic function: States.ArrayRange(1, 1001, 1). Invalid arguments in States.ArrayRange"`,
    );
  });

  it('fails on a zero step, including one that truncates to zero, and on non-numbers', () => {
    expect(failure('States.ArrayRange(1, 10, 0)').error).toBe('States.Runtime');
    expect(failure('States.ArrayRange(1, 10, 0.49)').error).toBe('States.Runtime');
    expect(failure('States.ArrayRange($.a, 5, 1)', { a: 'a' }).error).toBe('States.Runtime');
  });
});

describe('States.ArrayGetItem', () => {
  it('returns the element at a 0-based index', () => {
    expect(evaluate('States.ArrayGetItem($.a, 1)', { a: ['a', 'b', 'c'] })).toBe('b');
    expect(evaluate('States.ArrayGetItem($.a, $.i)', { a: [10, 20, 30, 40], i: 2 })).toBe(30);
    expect(evaluate('States.ArrayGetItem($.a, 0)', { a: [null] })).toBeNull();
  });

  it('takes the first piece of a nested StringSplit (recorded on AWS)', () => {
    const call = "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)";
    expect(evaluate(call, {}, { context: { StateMachine: { Name: 'Orders-prod-v2' } } })).toBe('Orders');
  });

  it('truncates a fractional index and returns null for any index into an empty array, as AWS was observed to', () => {
    expect(evaluate('States.ArrayGetItem($.a, 1.2)', { a: [10, 20, 30] })).toBe(20);
    expect(evaluate('States.ArrayGetItem($.a, 999)', { a: [] })).toBeNull();
  });

  it('fails on an index out of range, a negative index or a non-number index', () => {
    for (const index of ['3', '-1', '$.text']) {
      expect(failure(`States.ArrayGetItem($.a, ${index})`, { a: [10, 20, 30], text: '1' }).cause).toContain(
        'Invalid arguments in States.ArrayGetItem',
      );
    }
  });
});

describe('States.ArrayLength', () => {
  it('counts the elements (recorded on AWS)', () => {
    expect(evaluate('States.ArrayLength($.FunctionInput)', { FunctionInput: [1, 2, 3, 4, 5, 6, 7, 8, 9] })).toBe(9);
    expect(evaluate('States.ArrayLength(States.Array())')).toBe(0);
  });

  it('fails on a non-array', () => {
    expect(failure('States.ArrayLength($.a)', { a: 'abc' }).cause).toContain('Invalid arguments in States.ArrayLength');
  });
});

describe('States.ArrayUnique', () => {
  it('drops deep-equal repeats and keeps first occurrences in order', () => {
    const values = [
      null,
      null,
      true,
      true,
      false,
      1,
      1,
      1.1,
      0,
      'HelloWorld',
      'HelloWorld',
      [],
      [],
      [null],
      [null],
      { a: 1, b: 2 },
      { b: 2, a: 1 },
      { a: 1, b: 1 },
    ];
    expect(evaluate('States.ArrayUnique($.a)', { a: values })).toEqual([
      null,
      true,
      false,
      1,
      1.1,
      0,
      'HelloWorld',
      [],
      [null],
      { a: 1, b: 2 },
      { a: 1, b: 1 },
    ]);
  });

  it('keeps "1" and 1 apart', () => {
    expect(evaluate('States.ArrayUnique($.a)', { a: ['1', 1, '1'] })).toEqual(['1', 1]);
  });
});

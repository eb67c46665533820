import { describe, expect, it } from 'vitest';
import { StatesError } from '../../../src/asl/states-error.js';
import { createRandom } from '../../../src/clock/random.js';
import { compileIntrinsic, evaluateIntrinsic } from '../../../src/query/intrinsics/index.js';
import { evaluate, failure, scopeOf } from './support.js';

describe('evaluateIntrinsic', () => {
  it('evaluates nested calls inside out, left to right', () => {
    const call = "States.ArrayGetItem(States.StringSplit($.s, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($.s, '-')), -1))";
    expect(evaluate(call, { s: 'my-state-machine' })).toBe('machine');
  });

  it('fails with States.Runtime naming the path when a path argument selects nothing', () => {
    expect(failure("States.Hash($.missing, 'SHA-256')", {})).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.Hash($.missing, 'SHA-256'). The JsonPath argument for the field '$.missing' could not be found in the input '{}'",
        "error": "States.Runtime",
      }
    `);
  });

  it('quotes the input the path was applied to, and names the innermost call that failed', () => {
    expect(failure('States.Array(1, States.ArrayLength($.nope))', { a: [1] }).cause).toMatchInlineSnapshot(
      `"There was an error while evaluating the intrinsic function: States.ArrayLength($.nope). The JsonPath argument for the field '$.nope' could not be found in the input '{"a":[1]}'"`,
    );
  });

  it('never lets a host error escape: a Context that throws becomes a StatesError', () => {
    const scope = {
      ...scopeOf({}),
      context: () => {
        throw new TypeError('boom');
      },
    };
    let thrown: unknown;
    try {
      evaluateIntrinsic(compileIntrinsic('States.Array($$.Execution.Id)'), scope, createRandom(1), 'value.$');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect((thrown as StatesError).error).toBe('States.Runtime');
    expect((thrown as StatesError).causeText).toMatchInlineSnapshot(
      `"There was an error while evaluating the intrinsic function: States.Array($$.Execution.Id). Invalid arguments in States.Array: unexpected error while evaluating the field 'value.$' (TypeError: boom)"`,
    );
  });

  it('can be evaluated many times from one compilation', () => {
    const fn = compileIntrinsic('States.MathAdd($.n, 1)');
    const random = createRandom(1);
    expect([1, 2, 3].map((n) => evaluateIntrinsic(fn, scopeOf({ n }), random, 'n.$'))).toEqual([2, 3, 4]);
  });
});

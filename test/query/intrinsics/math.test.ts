import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/clock/random.js';
import { JavaRandom } from '../../../src/query/intrinsics/java-random.js';
import { evaluate, failure } from './support.js';

describe('States.MathAdd', () => {
  const add = (fst: number, snd: number) =>
    evaluate('States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)', { FunctionInput: { fst, snd } });

  it('adds integers (recorded on AWS)', () => {
    expect(add(-9, 3)).toBe(-6);
    expect(evaluate('States.MathAdd($.Iterations, -1)', { Iterations: 3 })).toBe(2);
  });

  it('rounds each argument like Java Math.round, half-way toward +infinity (recorded on AWS)', () => {
    expect(add(1.49, 1.5)).toBe(3);
    expect(add(1.5, 1.51)).toBe(4);
    expect(add(-1.49, -1.5)).toBe(-2);
    expect(add(-1.5, -1.51)).toBe(-3);
    expect(add(1.49, -1.49)).toBe(0);
    expect(add(0.5, 0)).toBe(1);
    expect(add(2.5, 0)).toBe(3);
    expect(add(-0.5, 0)).toBe(0);
    expect(add(-1.5, 0)).toBe(-1);
    expect(add(-2.5, 0)).toBe(-2);
    expect(add(-3.5, 0)).toBe(-3);
  });

  it('does not answer -0', () => {
    expect(Object.is(add(-0.4, 0), 0)).toBe(true);
  });

  it('fails on a non-number, as AWS does', () => {
    expect(failure('States.MathAdd($.a, $.b)', { a: 1, b: 'NOT A NUMBER' })).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.MathAdd($.a, $.b). Invalid arguments in States.MathAdd",
        "error": "States.Runtime",
      }
    `);
  });
});

describe('States.MathRandom', () => {
  it('returns an integer with start <= n < end from the run seed', () => {
    const seen = new Set<number>();
    const random = createRandom('math-random');
    for (let i = 0; i < 400; i++) {
      const n = evaluate('States.MathRandom(1, 5)', {}, { random }) as number;
      expect(Number.isInteger(n)).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('gives the same numbers for the same run seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return [0, 1, 2].map(() => evaluate('States.MathRandom(-99999, -9999)', {}, { random }));
    };
    expect(draw(7)).toEqual(draw(7));
  });

  it('with a seed argument, matches java.util.Random whatever the run seed (observed on AWS: seed 42 over [-5, 5) is -5)', () => {
    expect(evaluate('States.MathRandom(-5, 5, 42)', {}, { random: createRandom(1) })).toBe(-5);
    expect(evaluate('States.MathRandom(-5, 5, 42)', {}, { random: createRandom(2) })).toBe(-5);
    const seeded = (seed: number) =>
      evaluate('States.MathRandom($.s, $.e, $.seed)', { s: 0, e: 999, seed }, { random: createRandom(seed + 1) });
    expect(seeded(3)).toBe(seeded(3));
    expect(seeded(3)).toBe(new JavaRandom(3).nextInt(999));
  });

  it('drops the fractions of the bounds and fails when the range is empty', () => {
    expect(evaluate('States.MathRandom(1.6, 2.4)')).toBe(1);
    for (const call of ['States.MathRandom(1, 1)', 'States.MathRandom(10, 5)', 'States.MathRandom(1.4, 1.6)']) {
      expect(failure(call).cause).toContain('Invalid arguments in States.MathRandom');
    }
  });

  it('fails on non-number bounds or seed', () => {
    expect(failure('States.MathRandom($.a, 10)', { a: 'a' }).error).toBe('States.Runtime');
    expect(failure('States.MathRandom(1, 10, $.seed)', { seed: null }).error).toBe('States.Runtime');
  });
});

describe('JavaRandom', () => {
  it('reproduces java.util.Random bit for bit', () => {
    expect(new JavaRandom(42).nextInt()).toBe(-1170105035);
    expect(new JavaRandom(42).nextInt(10)).toBe(0);
    // AWS's JSONata $random(42) was observed to return this value, which is new Random(42).nextDouble().
    expect(new JavaRandom(42).nextDouble()).toBe(0.7275636800328681);
    expect(new JavaRandom(0).nextInt()).toBe(-1155484576);
  });

  it('rejects a bound that is not a positive 32-bit integer', () => {
    expect(() => new JavaRandom(1).nextInt(0)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import type { Json } from '../../../src/asl/json.js';
import { evaluate, failure, NOW, thrown } from './support.js';

/** The input shape of the AWS-recorded cases: `{"FunctionInput": {"fst": ..., "snd": ..., "trd": ...}}`. */
const input = (fst: Json, snd: Json = null, trd: Json = null): { input: Json } => ({
  input: { FunctionInput: { fst, snd, trd } },
});

describe('$partition(array, size)', () => {
  const call = '{% $partition($states.input.FunctionInput.fst, $states.input.FunctionInput.snd) %}';

  it('chunks an array, the last chunk shorter (recorded on AWS)', async () => {
    expect(await evaluate(call, input([0, 1, 2], 1))).toEqual([[0], [1], [2]]);
    expect(await evaluate(call, input([0, 1, 2, 3], 2))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(await evaluate(call, input([0, 1, 2, 3, 4], 2))).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('keeps a single chunk nested: [[0,1,2]], not [0,1,2] (recorded on AWS)', async () => {
    expect(await evaluate(call, input([0, 1, 2], 3))).toEqual([[0, 1, 2]]);
    expect(await evaluate(call, input([0, 1, 2], 4))).toEqual([[0, 1, 2]]);
    expect(await evaluate(call, input([0], 5))).toEqual([[0]]);
    expect(await evaluate(call, input([0, 1, 2, 3], 5))).toEqual([[0, 1, 2, 3]]);
  });

  it('gives [] for an empty array', async () => {
    expect(await evaluate(call, input([], 2))).toEqual([]);
  });

  it('fails for a size that is not a positive integer', async () => {
    expect(await thrown('$partition([1, 2], 0)')).toMatchInlineSnapshot(
      `"$partition: the chunk size must be a positive integer, but was 0"`,
    );
    expect(await thrown('$partition([1, 2], 1.5)')).toContain('positive integer');
  });

  it('rejects a size that is not a number with JSONata signature error T0410', async () => {
    expect(await thrown("$partition([1, 2], 'x')")).toMatch(/^T0410: Argument 2 of function "partition"/);
  });
});

describe('$range(start, end, step)', () => {
  const call = '{% $range($states.input.FunctionInput.fst, $states.input.FunctionInput.snd, $states.input.FunctionInput.trd) %}';

  it('counts from start by step, including end when a step lands on it (recorded on AWS)', async () => {
    expect(await evaluate(call, input(0, 9, 3))).toEqual([0, 3, 6, 9]);
    expect(await evaluate(call, input(0, 10, 3))).toEqual([0, 3, 6, 9]);
    expect(await evaluate(call, input(1, 9, 2))).toEqual([1, 3, 5, 7, 9]);
    expect(await evaluate('{% $range(0, 10, 2) %}')).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('returns a JSONata sequence: one item collapses to that item (recorded on AWS: $range(1, 9, 9) is 1)', async () => {
    expect(await evaluate(call, input(1, 9, 9))).toBe(1);
  });

  it('counts down with a negative step (ASL-REFERENCE §3.6)', async () => {
    expect(await evaluate('{% $range(10, 0, -4) %}')).toEqual([10, 6, 2]);
  });

  it('is nothing (undefined) when the step points away from end', async () => {
    expect((await failure('{% $range(5, 1, 1) %}')).cause).toBe(
      "The JSONata expression '$range(5, 1, 1)' specified for the field 'Output' returned nothing (undefined).",
    );
  });

  it('fails for step 0', async () => {
    expect(await thrown('$range(1, 5, 0)')).toMatchInlineSnapshot(`"$range: the step must not be 0"`);
  });

  it('requires all three arguments', async () => {
    expect(await thrown('$range(1, 5)')).toMatch(/^T0410: /);
  });
});

describe('$hash(data, algorithm)', () => {
  it("gives the lower-case hex digest for each of AWS's five algorithms", async () => {
    expect(await evaluate("{% $hash('abc', 'MD5') %}")).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(await evaluate("{% $hash('abc', 'SHA-1') %}")).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await evaluate("{% $hash('abc', 'SHA-256') %}")).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await evaluate("{% $hash('abc', 'SHA-384') %}")).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
    expect(await evaluate("{% $hash('abc', 'SHA-512') %}")).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });

  it('spells algorithms exactly as AWS does', async () => {
    expect(await thrown("$hash('abc', 'sha256')")).toMatchInlineSnapshot(
      `"$hash: unsupported algorithm "sha256"; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"`,
    );
  });
});

describe('$parse(text)', () => {
  const call = '{% $parse($states.input.FunctionInput) %}';

  it('deserialises a JSON text (recorded on AWS)', async () => {
    expect(await evaluate(call, { input: { FunctionInput: '1' } })).toBe(1);
    expect(await evaluate(call, { input: { FunctionInput: '1.1' } })).toBe(1.1);
    expect(await evaluate(call, { input: { FunctionInput: '[1, 2, "HelloWorld"]' } })).toEqual([1, 2, 'HelloWorld']);
    expect(await evaluate(call, { input: { FunctionInput: '{"a": {"b": null}}' } })).toEqual({ a: { b: null } });
  });

  it('reads "-0" as 0 (recorded on AWS)', async () => {
    expect(Object.is(await evaluate(call, { input: { FunctionInput: '-0' } }), 0)).toBe(true);
  });

  it('fails for text that is not JSON', async () => {
    expect(await thrown("$parse('{')")).toMatch(/^\$parse: the argument is not valid JSON: /);
  });
});

describe('$random([seed])', () => {
  it("draws from the execution's seeded generator without a seed: the same seed replays the same values", async () => {
    const first = await evaluate('{% [$random(), $random()] %}', { seed: 42 });
    const again = await evaluate('{% [$random(), $random()] %}', { seed: 42 });
    const other = await evaluate('{% [$random(), $random()] %}', { seed: 43 });
    expect(first).toEqual(again);
    expect(first).not.toEqual(other);
    for (const n of first as number[]) expect(n >= 0 && n < 1).toBe(true);
  });

  it('gives the same value for the same seed, whatever the execution seed (ASL-REFERENCE §3.6)', async () => {
    const a = await evaluate('{% $random(7) %}', { seed: 1 });
    const b = await evaluate('{% $random(7) %}', { seed: 2 });
    const c = await evaluate('{% $random(8) %}', { seed: 1 });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect((a as number) >= 0 && (a as number) < 1).toBe(true);
  });

  it('has no $randomSeeded (recorded on AWS: T1006)', async () => {
    expect(await thrown('$randomSeeded(1)')).toBe('T1006: Attempted to invoke a non-function');
  });
});

describe('$uuid()', () => {
  it("gives a version-4 UUID from the execution's seeded generator", async () => {
    const uuid = await evaluate('{% $uuid() %}', { seed: 5 });
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await evaluate('{% $uuid() %}', { seed: 5 })).toBe(uuid);
    expect(await evaluate('{% $uuid() %}', { seed: 6 })).not.toBe(uuid);
  });
});

describe('$now() and $millis() read virtual time', () => {
  it("$millis() is the environment's now", async () => {
    expect(await evaluate('{% $millis() %}')).toBe(NOW);
    expect(await evaluate('{% $millis() %}', { now: 1234 })).toBe(1234);
  });

  it('$now() formats it as JSONata does, with an optional picture and timezone', async () => {
    expect(await evaluate('{% $now() %}')).toBe('2024-01-01T00:00:00.000Z');
    expect(await evaluate("{% $now('[Y0001]-[M01]-[D01] [H01]:[m01]') %}")).toBe('2024-01-01 00:00');
    expect(await evaluate("{% $now('[H01]:[m01]', '+0130') %}")).toBe('01:30');
  });

  it('is the same value throughout one evaluation and across evaluations at the same virtual time', async () => {
    expect(await evaluate('{% $millis() = $toMillis($now()) %}')).toBe(true);
  });

  it('works when passed as a function value', async () => {
    expect(await evaluate('{% $map([1, 2], function($x){ $millis() + $x }) %}', { now: 10 })).toEqual([11, 12]);
  });
});

describe('functions AWS removed', () => {
  it('$eval is unavailable: calling it fails as a non-function (ASL-REFERENCE §3.2)', async () => {
    expect(await thrown("$eval('1 + 1')")).toBe('T1006: Attempted to invoke a non-function');
  });
});

describe('standard JSONata 2.0.6 functions', () => {
  it('work as in JSONata', async () => {
    const value = {
      sum: '{% $sum($states.input.n) %}',
      count: '{% $count($states.input.n) %}',
      string: '{% $string($states.input.n) %}',
      lookup: "{% $lookup($states.input, 'n') %}",
      reduce: '{% $reduce($states.input.n, function($a, $b){ $a + $b }) %}',
      toMillis: "{% $toMillis('2024-01-01T00:00:01.000Z') %}",
      exists: '{% $exists($missing) %}',
    };
    expect(await evaluate(value, { input: { n: [1, 2, 3] } })).toEqual({
      sum: 6,
      count: 3,
      string: '[1,2,3]',
      lookup: [1, 2, 3],
      reduce: 6,
      toMillis: NOW + 1000,
      exists: false,
    });
  });

  it('$lookup maps over arrays like JSONata', async () => {
    expect(await evaluate("{% $lookup($states.input.items, 'id') %}", { input: { items: [{ id: 1 }, { x: 0 }, { id: 2 }] } })).toEqual([
      1, 2,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_JSONATA_LIMITS } from '../../../src/query/jsonata.js';
import { evaluate, failure, thrown } from './support.js';

const polluted = (): unknown => (Object.prototype as Record<string, unknown>)['polluted'];

describe('no expression reaches the JavaScript host', () => {
  it('refuses field lookups that would read Object.prototype (D1010), which JSONata 2.0.6 allows', async () => {
    const input = { a: 1 };
    expect(await thrown('$states.input.constructor', { input })).toBe('D1010: Attempted to access the Javascript object prototype');
    expect(await thrown('$states.input.__proto__', { input })).toBe('D1010: Attempted to access the Javascript object prototype');
    expect(await thrown("$states.input.__proto__.__defineGetter__('polluted', $states.input.toString)", { input })).toBe(
      'D1010: Attempted to access the Javascript object prototype',
    );
    expect(polluted()).toBeUndefined();
  });

  it('refuses the same through $lookup', async () => {
    const input = { a: 1 };
    const attack = "$lookup($states.input, '__proto__').$lookup($, '__defineGetter__')('polluted', $lookup($states.input, 'toString'))";
    expect(await thrown(attack, { input })).toBe('D1010: Attempted to access the Javascript object prototype');
    expect(await thrown("$lookup($states.input, 'constructor')", { input })).toBe(
      'D1010: Attempted to access the Javascript object prototype',
    );
    expect(polluted()).toBeUndefined();
  });

  it("keeps JSONata's own guard on the transform operator", async () => {
    expect(await thrown("{} ~> |__proto__|{'polluted': true}|")).toBe('D1010: Attempted to access the Javascript object prototype');
    expect(polluted()).toBeUndefined();
  });

  it('still reads data keys named constructor or __proto__', async () => {
    const input = JSON.parse('{"constructor": "c", "__proto__": {"x": 1}, "list": [{"constructor": 1}, {"constructor": 2}]}') as never;
    expect(await evaluate('{% $states.input.constructor %}', { input })).toBe('c');
    expect(await evaluate('{% $states.input.__proto__.x %}', { input })).toBe(1);
    expect(await evaluate('{% $states.input.list.constructor %}', { input })).toEqual([1, 2]);
    expect(await evaluate("{% $lookup($states.input, 'constructor') %}", { input })).toBe('c');
  });

  it("binds nothing but $states, the variables and JSONata's functions", async () => {
    for (const name of ['process', 'require', 'globalThis', 'global', 'Function', 'module', 'import']) {
      expect((await failure(`{% $${name} %}`)).cause).toContain('returned nothing (undefined)');
    }
  });
});

describe('runaway expressions stop with U1001 instead of hanging the process', () => {
  const small = { maxPendingSteps: 2_000, maxSteps: 50_000 };

  it('endless non-tail recursion stops at the pending-step limit', async () => {
    expect((await failure('{% ($f := function(){ 1 + $f() }; $f()) %}', {}, 'Output', small)).cause).toMatchInlineSnapshot(
      `"The JSONata expression '($f := function(){ 1 + $f() }; $f())' specified for the field 'Output' threw an error during evaluation. U1001: Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive."`,
    );
  });

  it('an endless tail-recursive loop stops at the step limit', async () => {
    expect((await failure('{% ($f := function(){ $f() }; $f()) %}', {}, 'Output', small)).cause).toMatchInlineSnapshot(
      `"The JSONata expression '($f := function(){ $f() }; $f())' specified for the field 'Output' threw an error during evaluation. U1001: Expression evaluation timeout: Check for infinite loop"`,
    );
  });

  it('counts per evaluation: each evaluation gets the whole budget', async () => {
    const value = { a: '{% $sum($map([1..1000], function($x){ $x })) %}', b: '{% $sum($map([1..1000], function($x){ $x })) %}' };
    expect(await evaluate(value, {}, 'Output', { maxPendingSteps: 100, maxSteps: 4_000 })).toEqual({ a: 500500, b: 500500 });
  });

  it('the default limits allow deep legitimate recursion and large object constructors', async () => {
    expect(DEFAULT_JSONATA_LIMITS).toEqual({ maxPendingSteps: 50_000, maxSteps: 5_000_000 });
    expect(await evaluate('{% ($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(5000)) %}')).toBe(5000);
    const items = Array.from({ length: 10_000 }, (_, i) => ({ name: `n${i}`, price: i }));
    expect(await evaluate('{% $count($keys($states.input.items{name: price})) %}', { input: { items } })).toBe(10_000);
  });
});

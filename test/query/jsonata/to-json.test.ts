import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/query/jsonata/to-json.js';

const sequence = (...items: unknown[]): unknown[] => Object.assign(items, { sequence: true, keepSingleton: true });

describe('toJson: JSONata results as plain JSON', () => {
  it('returns unchanged plain data as is, without copying', () => {
    const data = { a: [1, { b: 'x' }], c: null };
    const result = toJson(data);
    expect(result).toEqual({ ok: true, value: data });
    expect(result.ok && result.value).toBe(data);
  });

  it('copies only the parts that change', () => {
    const inner = { keep: [1, 2] };
    const result = toJson({ inner, drop: undefined, list: sequence(1, 2) });
    expect(result).toEqual({ ok: true, value: { inner: { keep: [1, 2] }, list: [1, 2] } });
    const value = (result.ok ? result.value : null) as { inner: unknown; list: unknown };
    expect(value.inner).toBe(inner);
    expect(Object.keys(value.list as object)).toEqual(['0', '1']);
  });

  it('reports undefined at the top, and functions anywhere', () => {
    expect(toJson(undefined)).toEqual({ ok: false, reason: 'undefined' });
    expect(toJson(() => 1)).toEqual({ ok: false, reason: 'function' });
    expect(toJson({ a: [{ _jsonata_lambda: true }] })).toEqual({ ok: false, reason: 'function' });
    expect(toJson({ f: { _jsonata_function: true } })).toEqual({ ok: false, reason: 'function' });
  });

  it('writes undefined array items and non-finite numbers as null, as JSON text would', () => {
    expect(toJson([1, undefined, Number.NaN, Infinity])).toEqual({ ok: true, value: [1, null, null, null] });
  });

  it('treats a cycle as unsupported rather than looping', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(toJson(cyclic)).toEqual({ ok: false, reason: 'function' });
  });

  it('rebuilds objects with another prototype as plain objects of their own keys', () => {
    const child = Object.create({ inherited: 1 }) as Record<string, unknown>;
    child['own'] = 2;
    const result = toJson(child);
    expect(result).toEqual({ ok: true, value: { own: 2 } });
    expect(Object.getPrototypeOf(result.ok ? result.value : null)).toBe(Object.prototype);
  });

  it('keeps an own __proto__ key as data', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "n": 1}') as object;
    const withHole = Object.assign(Object.create(null) as object, data, { hole: undefined });
    const result = toJson(withHole);
    expect(result.ok).toBe(true);
    const value = (result.ok ? result.value : {}) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'n']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value['__proto__']).toEqual({ x: 1 });
  });
});

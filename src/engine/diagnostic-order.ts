import type { Diagnostic } from '../asl/diagnostics.js';
import { pointerSegments } from '../asl/json-pointer.js';

/**
 * Sorts diagnostics by where their location appears in the definition (a field before its
 * children, keys in the definition's order), so the report reads top to bottom. Stable.
 */
export function documentOrder(diagnostics: readonly Diagnostic[], definition: unknown): Diagnostic[] {
  const keyIndex = new Map<object, Map<string, number>>();
  const indexOf = (obj: object, key: string): number => {
    let index = keyIndex.get(obj);
    if (index === undefined) {
      index = new Map(Object.keys(obj).map((k, i) => [k, i]));
      keyIndex.set(obj, index);
    }
    return index.get(key) ?? Number.MAX_SAFE_INTEGER;
  };
  const orderKey = (location: string): number[] => {
    if (!location.startsWith('/')) return [];
    const key: number[] = [];
    let value: unknown = definition;
    for (const segment of pointerSegments(location)) {
      if (Array.isArray(value) && /^\d+$/.test(segment)) {
        key.push(Number(segment));
        value = value[Number(segment)];
      } else if (typeof value === 'object' && value !== null) {
        key.push(indexOf(value, segment));
        value = Object.prototype.hasOwnProperty.call(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
      } else {
        key.push(Number.MAX_SAFE_INTEGER);
        value = undefined;
      }
    }
    return key;
  };
  const keyed = diagnostics.map((d, i) => ({ d, i, key: orderKey(d.location) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.d);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

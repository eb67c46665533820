import { pointer, type Diagnostic } from '../diagnostics.js';

/**
 * How deep a definition may nest. AWS parses definitions with Jackson, whose default
 * `StreamReadConstraints.maxNestingDepth` is 1000; deeper text would not even parse there. The bound
 * also keeps every later (recursive) check far from the JavaScript stack limit.
 */
export const MAX_DEPTH = 1000;

/**
 * Checks that a value given from JavaScript is JSON data (what AWS receives as text): no functions,
 * `undefined`, BigInt, symbols, non-finite numbers, cycles or class instances, and not nested more
 * than MAX_DEPTH levels. Iterative, so any depth is safe. Returns the problems, at most a few.
 */
export function checkJsonShape(value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const onPath = new Set<object>();
  type Frame = { value: unknown; at: string[]; exit?: object };
  const stack: Frame[] = [{ value, at: [] }];
  while (stack.length > 0 && out.length < 10) {
    const frame = stack.pop() as Frame;
    if (frame.exit !== undefined) {
      onPath.delete(frame.exit);
      continue;
    }
    const v = frame.value;
    const location = pointer(...frame.at);
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(notJson(`${v} is not a JSON number`, location));
      continue;
    }
    if (typeof v !== 'object') {
      out.push(notJson(`a ${typeof v} is not a JSON value`, location));
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
      out.push(notJson('only plain objects and arrays are JSON values', location));
      continue;
    }
    if (onPath.has(v)) {
      out.push(notJson('the value contains itself (a cycle), which JSON cannot hold', location));
      continue;
    }
    if (frame.at.length >= MAX_DEPTH) {
      out.push({
        severity: 'ERROR',
        code: 'TOO_DEEPLY_NESTED',
        message: `The definition nests objects and arrays more than ${MAX_DEPTH} levels deep`,
        location: pointer(...frame.at.slice(0, 8)),
      });
      return out;
    }
    onPath.add(v);
    stack.push({ value: undefined, at: frame.at, exit: v });
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ value: (v as Record<string, unknown>)[key], at: [...frame.at, key] });
    }
  }
  return out;
}

function notJson(reason: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: `Value is not JSON: ${reason}`, location };
}

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
  // parent links instead of a path array per node: the pointer is only spelled out for a problem
  type Frame = { value: unknown; key: string; parent: Frame | null; depth: number; exit?: object };
  const at = (frame: Frame, limit = Infinity): string => {
    const keys: string[] = [];
    for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) keys.push(f.key);
    return pointer(...keys.reverse().slice(0, limit));
  };
  const stack: Frame[] = [{ value, key: '', parent: null, depth: 0 }];
  let size = 0;
  while (stack.length > 0 && out.length < 10) {
    const frame = stack.pop() as Frame;
    if (frame.exit !== undefined) {
      onPath.delete(frame.exit);
      continue;
    }
    const v = frame.value;
    // a lower bound of the compact JSON text's length: keys, strings and one character per value
    size += frame.key.length + 1 + (typeof v === 'string' ? v.length : 0);
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(notJson(`${v} is not a JSON number`, at(frame)));
      continue;
    }
    if (typeof v !== 'object') {
      out.push(notJson(`a ${typeof v} is not a JSON value`, at(frame)));
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
      out.push(notJson('only plain objects and arrays are JSON values', at(frame)));
      continue;
    }
    if (onPath.has(v)) {
      out.push(notJson('the value contains itself (a cycle), which JSON cannot hold', at(frame)));
      continue;
    }
    if (frame.depth >= MAX_DEPTH) {
      out.push({
        severity: 'ERROR',
        code: 'TOO_DEEPLY_NESTED',
        message: `The definition nests objects and arrays more than ${MAX_DEPTH} levels deep`,
        location: at(frame, 8),
      });
      return out;
    }
    onPath.add(v);
    stack.push({ value: undefined, key: '', parent: null, depth: 0, exit: v });
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ value: (v as Record<string, unknown>)[key], key, parent: frame, depth: frame.depth + 1 });
    }
  }
  // only a definition near the limit pays for measuring its exact text
  if (out.length === 0 && size > DEFINITION_BYTES_LIMIT / 4) {
    const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
    if (bytes > DEFINITION_BYTES_LIMIT) {
      out.push({
        severity: 'ERROR',
        code: 'DEFINITION_TOO_LARGE',
        message: `The definition is ${bytes.toLocaleString('en-US')} bytes as compact JSON; AWS accepts at most ${DEFINITION_BYTES_LIMIT.toLocaleString('en-US')} (1 MB): move large constants (Result, Parameters) into the input or a service`,
        location: '/',
      });
    }
  }
  return out;
}

/** AWS's definition size quota: 1 MB (ASL-REFERENCE §5.3; CreateStateMachine's `definition` is at most 1,048,576 characters). */
export const DEFINITION_BYTES_LIMIT = 1_048_576;

function notJson(reason: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: `Value is not JSON: ${reason}`, location };
}

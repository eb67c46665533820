import { isJsonObject } from './json.js';

/** One reference token of a JSON pointer (RFC 6901): `~` as `~0`, `/` as `~1`. */
export function escapePointerSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** The decoded reference tokens of a pointer: `/States/a~1b` -> `['States', 'a/b']`; `/` and `` -> `[]`. */
export function pointerSegments(location: string): string[] {
  if (location === '/' || location === '') return [];
  return location
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value a JSON pointer (RFC 6901) names inside `root`, or `undefined`; own properties only. */
export function valueAt(root: unknown, location: string): unknown {
  let value: unknown = root;
  for (const key of pointerSegments(location)) {
    if (Array.isArray(value)) value = /^\d+$/.test(key) ? value[Number(key)] : undefined;
    else if (isJsonObject(value)) value = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

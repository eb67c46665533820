import { isJsonObject } from './json.js';

/** The value a JSON pointer (RFC 6901) names inside `root`, or `undefined`; own properties only. */
export function valueAt(root: unknown, location: string): unknown {
  if (location === '/' || location === '') return root;
  let value: unknown = root;
  for (const raw of location.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) value = /^\d+$/.test(key) ? value[Number(key)] : undefined;
    else if (isJsonObject(value)) value = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

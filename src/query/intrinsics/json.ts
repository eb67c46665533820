import { setOwn, type Json, type JsonObject } from '../../asl/json.js';
import { booleanArgument, objectArgument, stringArgument } from './arguments.js';
import type { IntrinsicImplementation } from './call-context.js';
import { invalidArguments } from './errors.js';

/** Jackson's idea of blank input: only these four characters (JS `trim` would also drop NBSP and others). */
const BLANK = /^[ \t\n\r]*$/;

/**
 * `States.StringToJson(text)`: parses JSON text. Blank text gives null (recorded on AWS for `""` and
 * `" "`); `"-0"` gives 0. Text that is not JSON fails.
 */
export const statesStringToJson: IntrinsicImplementation = ([text], context) => {
  const source = stringArgument(text, context);
  if (BLANK.test(source)) return null;
  try {
    // JSON.parse defines keys as own data properties, so a "__proto__" key cannot re-parent anything.
    return JSON.parse(source, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value)) as Json;
  } catch {
    throw invalidArguments(context.call);
  }
};

/** `States.JsonToString(value)`: compact JSON text, no spaces: `{"Arg1":1,"Arg2":[]}` (recorded on AWS). */
export const statesJsonToString: IntrinsicImplementation = ([value]) => JSON.stringify(value ?? null);

/**
 * `States.JsonMerge(a, b, deep)`: a shallow merge, keys of `b` replacing those of `a`, nested objects
 * replaced rather than merged. AWS supports only `deep = false`; `true` fails (ASL-REFERENCE §2.4).
 */
export const statesJsonMerge: IntrinsicImplementation = ([first, second, deep], context) => {
  const left = objectArgument(first, context);
  const right = objectArgument(second, context);
  if (booleanArgument(deep, context)) throw invalidArguments(context.call);
  const merged: JsonObject = {};
  for (const source of [left, right]) {
    for (const key of Object.keys(source)) setOwn(merged, key, source[key] as Json);
  }
  return merged;
};

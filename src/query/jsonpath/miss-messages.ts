import type { Json } from '../../asl/json.js';

/*
 * Why a definite path found nothing, worded exactly as Jayway JsonPath words it: AWS copies these
 * texts into the States.Runtime cause after "Invalid path '<path>' : " (ASL-REFERENCE §2.1).
 * One builder per message; each is pinned by a test.
 */

/**
 * The JsonProvider named in Jayway's type-mismatch message. [UNVERIFIED] which provider AWS
 * configures; Jackson's (Java maps and lists) is assumed, so array index misses are misses, not nulls.
 */
const JSON_PROVIDER = 'com.jayway.jsonpath.spi.json.JacksonJsonProvider';

/** A leaf property or index that is not there: `No results for path: $['a']['b']`. */
export function noResultsMessage(path: string): string {
  return `No results for path: ${path}`;
}

/** A property before the leaf that is not there: `Missing property in path $['no']`. */
export function missingPropertyMessage(pathToProperty: string): string {
  return `Missing property in path ${pathToProperty}`;
}

/** A property read from something that is not an object. */
export function expectedObjectMessage(fragment: string, pathToModel: string, model: Json): string {
  const found = model === null ? 'null' : javaClassName(model);
  return (
    `Expected to find an object with property ${fragment} in path ${pathToModel} but found '${found}'. ` +
    `This is not a json object according to the JsonProvider: '${JSON_PROVIDER}'.`
  );
}

/** An index applied to null: `The path $['a'] is null`. */
export function pathIsNullMessage(pathToModel: string): string {
  return `The path ${pathToModel} is null`;
}

/** An index applied to something that is not an array; `rest` is the token chain from the index on. */
export function arrayExpectedMessage(rest: string, model: Json): string {
  return `Filter: ${rest} can only be applied to arrays. Current context is: ${javaToString(model)}`;
}

/**
 * A property union before the leaf. The Jayway version AWS runs rejects it when it is evaluated
 * (observed: `Multi properties can only be used as path leafs: $['a', 'b']`).
 */
export function multiPropertyLeafMessage(pathToModel: string, names: readonly string[]): string {
  return `Multi properties can only be used as path leafs: ${pathToModel}[${names.map((n) => `'${n}'`).join(', ')}]`;
}

/** min()/max()/avg()/stddev()/sum() over something with no numbers. */
export const EMPTY_AGGREGATION_MESSAGE = 'Aggregation function attempted to calculate value using empty array';

/** A `$name` path whose variable has no value in scope. [UNVERIFIED] AWS wording. */
export function undefinedVariableMessage(name: string): string {
  return `The variable '$${name}' is not defined in this scope`;
}

/** The data is nested more deeply than the evaluator can follow (a JavaScript stack limit). */
export const TOO_DEEP_MESSAGE = 'The data is nested too deeply to evaluate this path';

/** The Java class Jackson gives a JSON value. */
function javaClassName(value: Json): string {
  if (typeof value === 'string') return 'java.lang.String';
  if (typeof value === 'boolean') return 'java.lang.Boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'java.lang.Double';
    if (value >= -2147483648 && value <= 2147483647) return 'java.lang.Integer';
    return Math.abs(value) < 2 ** 63 ? 'java.lang.Long' : 'java.math.BigInteger';
  }
  if (Array.isArray(value)) return 'java.util.ArrayList';
  return value === null ? 'null' : 'java.util.LinkedHashMap';
}

/** Java's `toString()` of the value Jackson builds (`{a=1, b=[1, 2]}`). */
export function javaToString(value: Json): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
  return `{${Object.keys(value)
    .map((k) => `${k}=${javaToString(value[k] as Json)}`)
    .join(', ')}}`;
}

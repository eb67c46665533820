import { isJsonObject, setOwn, toJsonText, type Json, type JsonObject } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import type { Random } from '../clock/random.js';
import { compileIntrinsic, evaluateIntrinsic, isIntrinsicCall } from './intrinsics/index.js';
import { compilePath, evaluatePath } from './jsonpath.js';
import type { PathScope } from './path-scope.js';

/** A payload template (Parameters, ResultSelector, ItemSelector, Assign) compiled once. */
export type CompiledTemplate = (scope: PathScope, random: Random) => Json;

/** A problem in a template found at compile time; `location` is a JSON pointer below the template. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly location: string,
  ) {
    super(message);
  }
}

type Entry =
  | { readonly key: string; readonly kind: 'static'; readonly value: Json }
  | { readonly key: string; readonly kind: 'dynamic'; readonly evaluate: CompiledTemplate };

/**
 * Compiles a payload template: keys ending in `.$` lose the suffix and take the value of a path,
 * a Context path, a variable or an intrinsic (ASL-REFERENCE §2.2); other keys are copied as they
 * are. Subtrees with nothing dynamic are returned as they are, never rebuilt.
 */
export function compilePayloadTemplate(template: Json, location = ''): CompiledTemplate {
  if (!hasDynamicKeys(template)) return () => template;
  if (Array.isArray(template)) {
    const items = template.map((item, i) => compilePayloadTemplate(item, `${location}/${i}`));
    return (scope, random) => items.map((item) => item(scope, random));
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const [rawKey, value] of Object.entries(template as JsonObject)) {
    const dynamic = rawKey.endsWith('.$');
    const key = dynamic ? rawKey.slice(0, -2) : rawKey;
    if (seen.has(key)) throw new TemplateError(`The field '${key}' is defined twice (once with the '.$' suffix)`, `${location}/${rawKey}`);
    seen.add(key);
    if (!dynamic) {
      const nested = compilePayloadTemplate(value, `${location}/${rawKey}`);
      entries.push(hasDynamicKeys(value) ? { key, kind: 'dynamic', evaluate: nested } : { key, kind: 'static', value });
      continue;
    }
    entries.push({ key, kind: 'dynamic', evaluate: compileDynamicValue(rawKey, value, `${location}/${rawKey}`) });
  }
  return (scope, random) => {
    const out: JsonObject = {};
    for (const entry of entries) {
      setOwn(out, entry.key, entry.kind === 'static' ? entry.value : entry.evaluate(scope, random));
    }
    return out;
  };
}

/**
 * Compiles the value of one `.$` field (a path, Context path, variable or intrinsic). `field` is the
 * name AWS quotes in messages, e.g. `value.$` in Parameters or `ErrorPath` in a Fail state.
 */
export function compileDynamicValue(field: string, value: Json, location = ''): CompiledTemplate {
  // built only on failure: an Error captures a stack, too costly for every `.$` field of a definition
  const invalid = (detail?: string): TemplateError =>
    new TemplateError(
      `The value for the field '${field}' must be a valid JSONPath or a valid intrinsic function call${detail === undefined ? '' : `: ${detail}`}`,
      location,
    );
  if (typeof value !== 'string') throw invalid();
  if (isIntrinsicCall(value)) {
    let fn;
    try {
      fn = compileIntrinsic(value);
    } catch (e) {
      throw invalid((e as Error).message);
    }
    return (scope, random) => evaluateIntrinsic(fn, scope, random, field);
  }
  if (!value.startsWith('$')) throw invalid();
  let path;
  try {
    path = compilePath(value);
  } catch (e) {
    throw invalid((e as Error).message);
  }
  return (scope) => {
    const r = evaluatePath(path, scope);
    if (r.found) return r.value;
    // AWS: a missing `.$` path is States.Runtime, not the SPEC's ParameterPathFailure (§2.1)
    throw new StatesError(
      'States.Runtime',
      `The JSONPath '${value}' specified for the field '${field}' could not be found in the input '${toJsonText(scope.input)}'`,
    );
  };
}

function hasDynamicKeys(value: Json): boolean {
  if (Array.isArray(value)) return value.some(hasDynamicKeys);
  if (!isJsonObject(value)) return false;
  for (const [k, v] of Object.entries(value)) if (k.endsWith('.$') || hasDynamicKeys(v)) return true;
  return false;
}

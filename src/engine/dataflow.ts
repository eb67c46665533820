import type { Json } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import { evaluatePath, setAtReferencePath, type CompiledPath } from '../query/jsonpath.js';
import type { PathScope } from '../query/path-scope.js';

/**
 * JSONPath-mode data flow (ASL-REFERENCE §2.1):
 * raw input → InputPath → Parameters → work → ResultSelector → ResultPath (into the raw input) → OutputPath.
 */

/** InputPath / OutputPath: `undefined` keeps the value, `null` gives `{}`, a miss is States.Runtime. */
export function selectPath(path: CompiledPath | null | undefined, scope: PathScope): Json {
  if (path === undefined) return scope.input;
  if (path === null) return {};
  const r = evaluatePath(path, scope);
  if (r.found) return r.value;
  // AWS: a failed InputPath/OutputPath is States.Runtime, uncatchable (§2.1, Appendix A.1)
  throw new StatesError('States.Runtime', `Invalid path '${path.text}' : ${r.message}`);
}

/** ResultPath: `undefined`/`$` replaces the input with the result, `null` keeps the raw input. */
export function applyResultPath(raw: Json, path: CompiledPath | null | undefined, result: Json): Json {
  if (path === undefined) return result;
  if (path === null) return raw;
  return setAtReferencePath(raw, path, result);
}

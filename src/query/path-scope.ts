import type { Json } from '../asl/json.js';

/**
 * What a JSONPath-mode path or intrinsic can read: `$` (the input it is applied to), `$$` (the
 * Context object, built lazily because most paths never read it) and `$name` workflow variables.
 */
export interface PathScope {
  readonly input: Json;
  context(): Json;
  /** The value of a workflow variable, or `undefined` when it is not defined in scope. */
  variable(name: string): Json | undefined;
}

import { isJsonObject, setOwn, toJsonText, type Json, type JsonObject } from '../asl/json.js';
import { StatesError, StatesErrorName } from '../asl/states-error.js';
import { ABORTED, collectMatches } from './jsonpath/collect.js';
import { TOO_DEEP_MESSAGE, undefinedVariableMessage } from './jsonpath/miss-messages.js';
import { parsePathTokens } from './jsonpath/parse-path.js';
import { PathSyntaxError } from './jsonpath/path-syntax-error.js';
import { UnquotedFilterWord } from './jsonpath/filter-evaluate.js';
import { isTokenDefinite, type PathToken } from './jsonpath/tokens.js';
import { MISS, walkDefinite } from './jsonpath/walk-definite.js';
import type { PathScope } from './path-scope.js';

/*
 * JSONPath as AWS runs it: Jayway JsonPath (an old 2.x release, judging by its messages), applied to
 * the state input (`$`), the Context object (`$$`) or a workflow variable (`$name`) (ASL-REFERENCE
 * §2.1-2.2). Paths are parsed once; reference paths (`$.a.b[0]`, the vast majority) are then read by a
 * plain loop over property names and indexes. Everything else is interpreted by our own evaluator:
 * no jsonpath-plus, no `eval`, own properties only.
 */

export { PathSyntaxError };

/** What a path is applied to: `$...` the input, `$$...` the Context object, `$name...` a variable. */
export type PathRoot = 'input' | 'context' | 'variable';

/** A path parsed once, at definition-compile time. */
export interface CompiledPath {
  /** The original path text, e.g. `"$.a.b"`, `"$$.Execution.Id"`, `"$myVar.x[0]"`. */
  readonly text: string;
  readonly root: PathRoot;
  /** The variable's name, for root `'variable'`. */
  readonly variableName?: string;
  /** Jayway's definite path: no wildcard, deep scan, filter, slice or index union. */
  readonly definite: boolean;
  /** Only `.name`, `['name']` and `[index]` steps: an ASL Reference Path. */
  readonly isReferencePath: boolean;
}

/** A path's value, or why it has none (Jayway's message, as AWS shows it after "Invalid path '...' : "). */
export type PathResult = { found: true; value: Json } | { found: false; message: string };

type Segment = string | number;

class JsonPath implements CompiledPath {
  // `declare`: no own property unless a variable is named (exactOptionalPropertyTypes, toEqual).
  declare readonly variableName?: string;
  readonly definite: boolean;
  readonly isReferencePath: boolean;
  /** For reference paths, the property names and indexes to read in order. */
  readonly segments: readonly Segment[] | undefined;

  constructor(
    readonly text: string,
    readonly root: PathRoot,
    variableName: string | undefined,
    readonly tokens: readonly PathToken[],
  ) {
    if (variableName !== undefined) this.variableName = variableName;
    this.definite = tokens.every(isTokenDefinite);
    this.isReferencePath = tokens.every(
      (t) => (t.kind === 'property' && t.names.length === 1) || (t.kind === 'index' && t.indexes.length === 1),
    );
    this.segments = this.isReferencePath
      ? tokens.map((t) => (t.kind === 'property' ? (t.names[0] as string) : t.kind === 'index' ? (t.indexes[0] as number) : 0))
      : undefined;
  }
}

const VARIABLE_NAME = /[\p{ID_Start}_]\p{ID_Continue}*/uy;
const BLANKS = ' \t\r\n';

/**
 * Parses a path once. Accepts what Jayway JsonPath accepts (dot and bracket names, `[*]`, `..`,
 * indexes and unions, slices without step, `[?(...)]` filters, `length()` and the aggregate
 * functions), after a `$`, `$$` or `$name` root.
 *
 * @throws PathSyntaxError when the text is not a valid path; its message names the problem and position.
 * @example
 * ```ts
 * const path = compilePath('$.order.items[0]');
 * path.definite; // true
 * path.isReferencePath; // true
 * compilePath('$$.Execution.Id').root; // 'context'
 * compilePath('$total.amount').variableName; // 'total'
 * ```
 */
export function compilePath(text: string): CompiledPath {
  const cached = compiledPaths.get(text);
  if (cached !== undefined) return cached;
  const path = parseCompiledPath(text);
  if (compiledPaths.size >= COMPILED_PATHS_LIMIT) compiledPaths.clear();
  compiledPaths.set(text, path);
  return path;
}

/**
 * Parsed paths by text, shared by every definition in the process: a parsed path is immutable, and
 * test suites construct the same definitions again and again. Bounded.
 */
const compiledPaths = new Map<string, CompiledPath>();
const COMPILED_PATHS_LIMIT = 20_000;

function parseCompiledPath(text: string): CompiledPath {
  // Jayway trims the path before reading it.
  let start = 0;
  let end = text.length;
  while (start < end && BLANKS.includes(text[start] as string)) start++;
  while (end > start && BLANKS.includes(text[end - 1] as string)) end--;
  if (start === end) throw new PathSyntaxError(text, 'a path must not be empty', 0);
  if (text[start] !== '$') throw new PathSyntaxError(text, "a path must start with '$'", start);
  let root: PathRoot = 'input';
  let variableName: string | undefined;
  let tokensStart = start + 1;
  if (text[start + 1] === '$') {
    root = 'context';
    tokensStart = start + 2;
  } else {
    // ASL: `$` followed by a letter or `_` names a workflow variable (ASL-REFERENCE §2.2, §4.1).
    VARIABLE_NAME.lastIndex = start + 1;
    const name = VARIABLE_NAME.exec(text)?.[0];
    if (name !== undefined) {
      root = 'variable';
      variableName = name;
      tokensStart = start + 1 + name.length;
    }
  }
  try {
    return new JsonPath(text, root, variableName, parsePathTokens(text, tokensStart, end));
  } catch (error) {
    if (error instanceof RangeError) throw new PathSyntaxError(text, 'the path is nested too deeply', start);
    throw error;
  }
}

/**
 * Applies a compiled path. A definite path gives its single value or a miss with Jayway's message
 * (`No results for path: $['a']`, `Missing property in path $['a']`). An indefinite path always
 * gives an array of its matches, possibly `[]`.
 *
 * @example
 * ```ts
 * const scope = { input: { a: [1, 2, 3] }, context: () => ({}), variable: () => undefined };
 * evaluatePath(compilePath('$.a[-1]'), scope); // { found: true, value: 3 }
 * evaluatePath(compilePath('$.a[?(@ > 1)]'), scope); // { found: true, value: [2, 3] }
 * evaluatePath(compilePath('$.b'), scope); // { found: false, message: "No results for path: $['b']" }
 * ```
 */
export function evaluatePath(path: CompiledPath, scope: PathScope): PathResult {
  const compiled = path instanceof JsonPath ? path : (compilePath(path.text) as JsonPath);
  let root: Json | undefined;
  if (compiled.root === 'input') root = scope.input;
  else if (compiled.root === 'context') root = scope.context();
  else {
    root = scope.variable(compiled.variableName as string);
    if (root === undefined) return { found: false, message: undefinedVariableMessage(compiled.variableName as string) };
  }

  const segments = compiled.segments;
  if (segments !== undefined) {
    // The hot path: plain own-property and index reads, no allocation but the result.
    let value: Json = root;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as Segment;
      if (typeof segment === 'string') {
        if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, segment)) {
          return explainMiss(compiled.tokens, root);
        }
        value = value[segment] as Json;
      } else {
        if (!Array.isArray(value)) return explainMiss(compiled.tokens, root);
        const index = segment < 0 ? value.length + segment : segment;
        if (index < 0 || index >= value.length) return explainMiss(compiled.tokens, root);
        value = value[index] as Json;
      }
    }
    return { found: true, value };
  }

  try {
    if (compiled.definite) {
      const value = walkDefinite(compiled.tokens, root);
      return value === MISS ? explainMiss(compiled.tokens, root) : { found: true, value };
    }
    const matches = collectMatches(compiled.tokens, root, root);
    return { found: true, value: matches === ABORTED ? [] : matches };
  } catch (error) {
    // Deep scans and filters recurse with the data; absurdly deep data must not leak a host error.
    if (error instanceof RangeError) return { found: false, message: TOO_DEEP_MESSAGE };
    if (error instanceof UnquotedFilterWord) return { found: false, message: error.message };
    throw error;
  }
}

function explainMiss(tokens: readonly PathToken[], root: Json): PathResult {
  let message = '';
  walkDefinite(tokens, root, (text) => {
    message = text;
  });
  return { found: false, message };
}

/**
 * ResultPath: returns a new input with `value` placed at the reference path. Missing objects on the
 * way are created (`$.b.greeting` on `{"a":1}` gives `{"a":1,"b":{"greeting":...}}`); only the
 * objects and arrays along the path are copied, the rest is shared. `$` returns `value` itself.
 *
 * An index step (`$.list[1]`) replaces an existing element of an existing array (negative counts
 * from the end). It never creates an array, pads one or appends to one: that, like a step through
 * a non-object (or a null), is `States.ResultPathMatchFailure`. [UNVERIFIED] AWS has no recorded
 * case of an index in a ResultPath; this is the conservative reading of the SPEC.
 *
 * @throws StatesError `States.ResultPathMatchFailure` when the path cannot be applied to `root`.
 * @example
 * ```ts
 * setAtReferencePath({ a: 1 }, compilePath('$.b.greeting'), 'Hi!'); // { a: 1, b: { greeting: 'Hi!' } }
 * setAtReferencePath('foo', compilePath('$.x'), 1); // throws States.ResultPathMatchFailure
 * ```
 */
export function setAtReferencePath(root: Json, path: CompiledPath, value: Json): Json {
  const compiled = path instanceof JsonPath ? path : (compilePath(path.text) as JsonPath);
  const segments = compiled.segments;
  if (compiled.root !== 'input' || segments === undefined) {
    throw new Error(`internal: ResultPath '${path.text}' must be a Reference Path on the state input ($...)`);
  }
  if (segments.length === 0) return value;
  return placeAt(root, segments, 0, value, () => resultPathMatchFailure(path.text, root));
}

function placeAt(node: Json, segments: readonly Segment[], i: number, value: Json, failure: () => StatesError): Json {
  const segment = segments[i] as Segment;
  const last = i === segments.length - 1;
  if (typeof segment === 'string') {
    if (!isJsonObject(node)) throw failure();
    // Spread copies a `__proto__` own key as data; setOwn writes one without re-parenting.
    const copy: JsonObject = { ...node };
    const child = Object.hasOwn(node, segment) ? (node[segment] as Json) : {};
    setOwn(copy, segment, last ? value : placeAt(child, segments, i + 1, value, failure));
    return copy;
  }
  if (!Array.isArray(node)) throw failure();
  const index = segment < 0 ? node.length + segment : segment;
  if (index < 0 || index >= node.length) throw failure();
  const copy = node.slice();
  copy[index] = last ? value : placeAt(node[index] as Json, segments, i + 1, value, failure);
  return copy;
}

/** [UNVERIFIED] AWS wording of the ResultPathMatchFailure cause. */
function resultPathMatchFailure(pathText: string, input: Json): StatesError {
  return new StatesError(StatesErrorName.ResultPathMatchFailure, `Unable to apply ReferencePath ${pathText} to input ${toJsonText(input)}`);
}

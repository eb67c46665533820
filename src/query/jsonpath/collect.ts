import { isJsonObject, setOwn, type Json, type JsonObject } from '../../asl/json.js';
import { acceptFilter, UNDEFINED, type FilterPathReader } from './filter-evaluate.js';
import { applyPathFunction } from './path-functions.js';
import type { ParsedPath, PathToken } from './tokens.js';
import { MISS, walkDefinite } from './walk-definite.js';

/** An indefinite path that hit one of Jayway's hard errors: AWS then gives `[]`. */
export const ABORTED: unique symbol = Symbol('aborted');

/**
 * Thrown inside the collector to unwind the recursion to `collectMatches`; never escapes this
 * module. Not an Error: it needs no stack, and a miss here is ordinary control flow.
 */
const ABORT = Object.freeze({ abort: true });

/**
 * Gathers every node an indefinite path matches, in Jayway's order, following its token semantics
 * (ArrayPathToken, WildcardPathToken, ScanPathToken, PredicatePathToken). A miss on a branch just
 * contributes nothing. Where Jayway throws (a miss before the path branches, a property union before
 * the leaf), AWS shows `[]` (observed: `$.items[*].itemValue` on `{}` gives `[]`), so the whole
 * evaluation stops with ABORTED. `strict` is Jayway's REQUIRE_PROPERTIES, used by filter existence
 * checks: any missing property aborts.
 */
export function collectMatches(tokens: readonly PathToken[], start: Json, root: Json, strict = false): Json[] | typeof ABORTED {
  const collector = new Collector(tokens, root, strict);
  try {
    collector.step(0, start, true);
  } catch (signal) {
    if (signal === ABORT) return ABORTED;
    throw signal;
  }
  return collector.results;
}

/** How filters read their `@` and `$` paths. */
const filterPaths: FilterPathReader = {
  read(path, item, root) {
    const start = path.root === '$' ? root : item;
    if (path.definite) {
      const value = walkDefinite(path.tokens, start);
      return value === MISS ? UNDEFINED : value;
    }
    const matches = collectMatches(path.tokens, start, root);
    return matches === ABORTED ? UNDEFINED : matches;
  },
  exists(path: ParsedPath, item, root) {
    const start = path.root === '$' ? root : item;
    if (path.definite) return walkDefinite(path.tokens, start) !== MISS;
    return collectMatches(path.tokens, start, root, true) !== ABORTED;
  },
};

class Collector {
  readonly results: Json[] = [];
  private readonly last: number;

  constructor(
    private readonly tokens: readonly PathToken[],
    private readonly root: Json,
    private readonly strict: boolean,
  ) {
    this.last = tokens.length - 1;
  }

  /** Applies token `i` to `model`; `upstreamDefinite` says no earlier token branched. */
  step(i: number, model: Json, upstreamDefinite: boolean): void {
    if (i > this.last) {
      this.results.push(model);
      return;
    }
    const token = this.tokens[i] as PathToken;
    switch (token.kind) {
      case 'property':
        return this.property(i, token.names, model, upstreamDefinite);
      case 'index': {
        if (!this.isArray(model, upstreamDefinite)) return;
        const next = upstreamDefinite && token.indexes.length === 1;
        for (const index of token.indexes) this.index(i, model as Json[], index, next);
        return;
      }
      case 'slice':
        if (!this.isArray(model, upstreamDefinite)) return;
        return this.slice(i, model as Json[], token.from, token.to);
      case 'wildcard':
        if (Array.isArray(model)) {
          for (const item of model) this.step(i + 1, item, false);
        } else if (isJsonObject(model)) {
          for (const key of Object.keys(model)) this.step(i + 1, model[key] as Json, false);
        }
        return;
      case 'scan':
        return this.walk(i + 1, model);
      case 'filter':
        if (Array.isArray(model)) {
          for (const item of model) if (acceptFilter(token.expression, item, this.root, filterPaths)) this.step(i + 1, item, false);
        } else if (isJsonObject(model)) {
          // Jayway tests an object itself, not its members.
          if (acceptFilter(token.expression, model, this.root, filterPaths)) this.step(i + 1, model, false);
        } else if (upstreamDefinite) {
          throw ABORT;
        }
        return;
      case 'function':
        try {
          this.results.push(applyPathFunction(token.name, model));
        } catch {
          throw ABORT;
        }
        return;
    }
  }

  private property(i: number, names: readonly string[], model: Json, upstreamDefinite: boolean): void {
    if (!isJsonObject(model)) {
      if (upstreamDefinite) throw ABORT;
      return;
    }
    const leaf = i === this.last;
    if (names.length > 1) {
      if (!leaf) throw ABORT; // "Multi properties can only be used as path leafs"
      const merged: JsonObject = {};
      for (const name of names) {
        if (Object.hasOwn(model, name)) setOwn(merged, name, model[name] as Json);
        else if (this.strict) throw ABORT;
      }
      this.results.push(merged);
      return;
    }
    const name = names[0] as string;
    if (!Object.hasOwn(model, name)) {
      if (this.strict || (!leaf && upstreamDefinite)) throw ABORT;
      return;
    }
    this.step(i + 1, model[name] as Json, upstreamDefinite);
  }

  /** Jayway's checkArrayModel: skip a non-array, or fail when nothing has branched yet. */
  private isArray(model: Json, upstreamDefinite: boolean): boolean {
    if (Array.isArray(model)) return true;
    if (upstreamDefinite) throw ABORT;
    return false;
  }

  /** Jayway's handleArrayIndex: negative counts from the end; out of range is silently nothing. */
  private index(i: number, array: Json[], index: number, upstreamDefinite: boolean): void {
    const effective = index < 0 ? array.length + index : index;
    if (effective >= 0 && effective < array.length) this.step(i + 1, array[effective] as Json, upstreamDefinite);
  }

  /** Jayway's sliceFrom / sliceBetween / sliceTo, quirks included. */
  private slice(i: number, array: Json[], from: number | undefined, to: number | undefined): void {
    const length = array.length;
    if (length === 0) return;
    if (to === undefined) {
      const first = from ?? 0;
      const start = Math.max(0, first < 0 ? length + first : first);
      for (let k = start; k < length; k++) this.index(i, array, k, false);
    } else if (from === undefined) {
      const end = Math.min(length, to < 0 ? length + to : to);
      for (let k = 0; k < end; k++) this.index(i, array, k, false);
    } else {
      // Jayway's sliceBetween does not wrap a negative start: [-2:3] visits -2, -1 (the last two, via
      // handleArrayIndex), then 0..2. Indexes below -length select nothing, so start there.
      const end = Math.min(length, to);
      for (let k = Math.max(from, -length); k < end; k++) this.index(i, array, k, false);
    }
  }

  /** Jayway's ScanPathToken.walk: the node itself (if the next token applies), then its children. */
  private walk(j: number, model: Json): void {
    if (Array.isArray(model)) {
      if (this.scanMatches(j, model)) {
        if (j === this.last) this.step(j, model, false);
        // Jayway's walkArray skips token j here and applies token j + 1 to each element.
        else for (const item of model) this.step(j + 1, item, false);
      }
      for (const item of model) this.walk(j, item);
    } else if (isJsonObject(model)) {
      if (this.scanMatches(j, model)) this.step(j, model, false);
      for (const key of Object.keys(model)) this.walk(j, model[key] as Json);
    }
  }

  /** Jayway's scan predicates: which nodes the token after `..` is tried on. */
  private scanMatches(j: number, model: Json): boolean {
    const token = this.tokens[j] as PathToken;
    switch (token.kind) {
      case 'property':
        return isJsonObject(model) && token.names.every((name) => Object.hasOwn(model, name));
      case 'index':
      case 'slice':
        return Array.isArray(model);
      case 'wildcard':
        return true;
      case 'filter':
        return acceptFilter(token.expression, model, this.root, filterPaths);
      case 'scan':
      case 'function':
        return false;
    }
  }
}

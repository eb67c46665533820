import type { FilterExpression } from '../jsonpath-filter.js';

/**
 * One step of a compiled JSONPath, mirroring Jayway JsonPath's path tokens (the library AWS runs).
 * A path is the root (`$`, `$$`, `$name` or, inside filters, `@`) followed by these tokens.
 */
export type PathToken = PropertyToken | IndexToken | SliceToken | WildcardToken | ScanToken | FilterToken | FunctionToken;

/** `.name`, `['name']` or the union `['a','b']`. */
export interface PropertyToken {
  readonly kind: 'property';
  readonly names: readonly string[];
  /** The quote the path used; Jayway echoes it in messages (`$['a']`, `$["a"]`). */
  readonly quote: "'" | '"';
}

/** `[2]`, `[-1]` or the union `[0,2]`. */
export interface IndexToken {
  readonly kind: 'index';
  readonly indexes: readonly number[];
}

/** `[1:]`, `[1:3]`, `[:3]` (Jayway has no step). */
export interface SliceToken {
  readonly kind: 'slice';
  readonly from: number | undefined;
  readonly to: number | undefined;
}

export interface WildcardToken {
  readonly kind: 'wildcard';
}

/** `..` deep scan; always followed by another token. */
export interface ScanToken {
  readonly kind: 'scan';
}

/** `[?(...)]`, parsed once at compile time. */
export interface FilterToken {
  readonly kind: 'filter';
  readonly expression: FilterExpression;
}

/** A Jayway path function such as `.length()`; always the last token. */
export interface FunctionToken {
  readonly kind: 'function';
  readonly name: PathFunctionName;
}

export type PathFunctionName = 'length' | 'min' | 'max' | 'avg' | 'stddev' | 'sum';

/** A parsed path: its root character and its tokens. */
export interface ParsedPath {
  readonly root: '$' | '@';
  readonly tokens: readonly PathToken[];
  /** Jayway's `isDefinite()`: every token selects at most one node. */
  readonly definite: boolean;
}

/**
 * Jayway's `isTokenDefinite()`. A property union counts as definite: at the leaf it merges into one
 * object, and anywhere else old Jayway (the version AWS runs) fails the path outright.
 */
export function isTokenDefinite(token: PathToken): boolean {
  switch (token.kind) {
    case 'property':
    case 'function':
      return true;
    case 'index':
      return token.indexes.length === 1;
    case 'slice':
    case 'wildcard':
    case 'scan':
    case 'filter':
      return false;
  }
}

/** Jayway's `getPathFragment()`: how a token appears in its messages. */
export function tokenFragment(token: PathToken): string {
  switch (token.kind) {
    case 'property':
      return `[${token.names.map((n) => token.quote + n + token.quote).join(',')}]`;
    case 'index':
      return `[${token.indexes.join(',')}]`;
    case 'slice':
      return `[${token.from ?? ''}:${token.to ?? ''}]`;
    case 'wildcard':
      return '[*]';
    case 'scan':
      return '..';
    case 'filter':
      return '[?]';
    case 'function':
      return `.${token.name}()`;
  }
}

/** Renders tokens `[from, to)` without the root, as Jayway prints a token chain (`[0]['x']`). */
export function renderTokens(tokens: readonly PathToken[], from = 0, to = tokens.length): string {
  let text = '';
  for (let i = from; i < to; i++) text += tokenFragment(tokens[i] as PathToken);
  return text;
}

/** Renders `$` plus the first `to` tokens, as Jayway prints a path (`$['a'][0]`). */
export function renderPath(tokens: readonly PathToken[], to = tokens.length): string {
  return '$' + renderTokens(tokens, 0, to);
}

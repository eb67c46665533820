import { jsonEquals, type Json } from '../../asl/json.js';
import { FilterPattern, type FilterExpression, type FilterOperand, type RelationalOperator } from '../jsonpath-filter.js';
import { parseDecimal } from './filter-literals.js';
import type { ParsedPath } from './tokens.js';

/*
 * Interprets a compiled filter over JSON data with Jayway's comparison rules (its ValueNode equality
 * and Evaluator classes): numbers and numeric strings compare equal both ways, `<` only orders two
 * numbers or two strings, a path that reads nothing is "undefined" and equals nothing.
 */

/** A filter met a bare word where a value was expected; the path evaluation fails with its message. */
export class UnquotedFilterWord extends Error {
  constructor(readonly word: string) {
    super(`Failed to parse filter: ${word} is not a quoted string, a number, true, false or null (write '${word}')`);
  }
}

/** Jayway's UndefinedNode: what a filter path gives when it reads nothing. */
export const UNDEFINED: unique symbol = Symbol('undefined');

type FilterValue = Json | typeof UNDEFINED | FilterPattern;

/** How a filter reads the paths inside it; supplied by the path evaluator. */
export interface FilterPathReader {
  /** The value (definite path) or array of matches (indefinite path), or UNDEFINED. */
  read(path: ParsedPath, item: Json, root: Json): Json | typeof UNDEFINED;
  /** Jayway's existence check (evaluated with REQUIRE_PROPERTIES). */
  exists(path: ParsedPath, item: Json, root: Json): boolean;
}

/** Whether `item` (the `@`) passes the filter; `root` is what `$` means inside it. */
export function acceptFilter(expression: FilterExpression, item: Json, root: Json, paths: FilterPathReader): boolean {
  switch (expression.kind) {
    case 'or':
      return acceptFilter(expression.left, item, root, paths) || acceptFilter(expression.right, item, root, paths);
    case 'and':
      return acceptFilter(expression.left, item, root, paths) && acceptFilter(expression.right, item, root, paths);
    case 'not':
      return !acceptFilter(expression.operand, item, root, paths);
    case 'exists':
      return paths.exists(expression.path, item, root) === expression.shouldExist;
    case 'compare': {
      const left = operandValue(expression.left, item, root, paths);
      const right = operandValue(expression.right, item, root, paths);
      return compare(expression.operator, left, right);
    }
  }
}

function operandValue(operand: FilterOperand, item: Json, root: Json, paths: FilterPathReader): FilterValue {
  switch (operand.kind) {
    case 'literal':
      return operand.value;
    case 'pattern':
      return operand.pattern;
    case 'unquoted':
      throw new UnquotedFilterWord(operand.text);
    case 'path':
      return paths.read(operand.path, item, root);
  }
}

function compare(operator: RelationalOperator, left: FilterValue, right: FilterValue): boolean {
  switch (operator) {
    case '==':
      return valueEquals(left, right);
    case '!=':
      return !valueEquals(left, right);
    case '===':
      return sameKind(left, right) && valueEquals(left, right);
    case '!==':
      return !(sameKind(left, right) && valueEquals(left, right));
    case '<':
      return order(left, right, (c) => c < 0);
    case '<=':
      return order(left, right, (c) => c <= 0);
    case '>':
      return order(left, right, (c) => c > 0);
    case '>=':
      return order(left, right, (c) => c >= 0);
    case '=~':
      return regexMatch(left, right);
    case 'in':
      return isIn(left, right);
    case 'nin':
      return !isIn(left, right);
    case 'contains':
      if (typeof left === 'string') return typeof right === 'string' && left.includes(right);
      return Array.isArray(left) && left.some((element) => valueEquals(right, element));
    case 'size': {
      if (typeof right !== 'number') return false;
      const expected = Math.trunc(right);
      if (typeof left === 'string') return left.length === expected;
      return Array.isArray(left) && left.length === expected;
    }
    case 'empty': {
      if (typeof right !== 'boolean') return false;
      if (typeof left === 'string') return (left.length === 0) === right;
      if (Array.isArray(left)) return (left.length === 0) === right;
      if (isPlainObject(left)) return (Object.keys(left).length === 0) === right;
      return false;
    }
    case 'subsetof':
      return Array.isArray(left) && Array.isArray(right) && left.every((l) => right.some((r) => valueEquals(l, r)));
    case 'anyof':
      return Array.isArray(left) && Array.isArray(right) && left.some((l) => right.some((r) => valueEquals(l, r)));
    case 'noneof':
      return Array.isArray(left) && Array.isArray(right) && !left.some((l) => right.some((r) => valueEquals(l, r)));
  }
}

/** Jayway's `left.equals(right)` across its ValueNode types. */
function valueEquals(left: FilterValue, right: FilterValue): boolean {
  if (left === UNDEFINED || right === UNDEFINED) return false;
  if (left instanceof FilterPattern) {
    return right instanceof FilterPattern && left.source === right.source && left.flags === right.flags;
  }
  if (right instanceof FilterPattern) return false;
  switch (typeof left) {
    case 'string':
      if (typeof right === 'number') return left === javaNumberText(right);
      return left === right;
    case 'number':
      if (typeof right === 'string') return parseDecimal(right) === left;
      return left === right;
    case 'boolean':
      return left === right;
    default:
      if (left === null) return right === null;
      return typeof right === 'object' && right !== null && jsonEquals(left, right);
  }
}

/** Jayway's ValueNode classes, for the type-safe `===` and `!==`. */
function sameKind(left: FilterValue, right: FilterValue): boolean {
  return kindOf(left) === kindOf(right);
}

function kindOf(value: FilterValue): string {
  if (value === UNDEFINED) return 'undefined';
  if (value instanceof FilterPattern) return 'pattern';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'json' : typeof value;
}

function order(left: FilterValue, right: FilterValue, test: (comparison: number) => boolean): boolean {
  if (typeof left === 'number' && typeof right === 'number') return test(left < right ? -1 : left > right ? 1 : 0);
  // Java's String.compareTo orders UTF-16 code units, as JavaScript's < does.
  if (typeof left === 'string' && typeof right === 'string') return test(left < right ? -1 : left > right ? 1 : 0);
  return false;
}

/** Exactly one side must be a /regex/; the other is matched as text (anything else as ""). */
function regexMatch(left: FilterValue, right: FilterValue): boolean {
  const leftIsPattern = left instanceof FilterPattern;
  if (leftIsPattern === right instanceof FilterPattern) return false;
  const pattern = (leftIsPattern ? left : right) as FilterPattern;
  const other = leftIsPattern ? right : left;
  let input = '';
  if (typeof other === 'string') input = other;
  else if (typeof other === 'number') input = javaNumberText(other);
  else if (typeof other === 'boolean') input = String(other);
  return pattern.matches(input);
}

function isIn(left: FilterValue, right: FilterValue): boolean {
  return Array.isArray(right) && right.some((element) => valueEquals(left, element));
}

function isPlainObject(value: FilterValue): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof FilterPattern);
}

/** How Jayway prints a number it compares as text (BigDecimal's toString, for the usual cases). */
function javaNumberText(n: number): string {
  return String(n);
}

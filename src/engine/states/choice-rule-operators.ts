/**
 * The vocabulary of JSONPath Choice data-test operators (ASL-REFERENCE §1.6): their names, what
 * their operand must be, and the ordering helpers they share.
 */

/** The five orderings shared by the String, Numeric and Timestamp operator families. */
export type Relation = 'Equals' | 'LessThan' | 'GreaterThan' | 'LessThanEquals' | 'GreaterThanEquals';

/** Operand type of each comparison operator, keyed by its ASL name. */
export type OperatorOperands = { [K in `String${Relation}` | `String${Relation}Path`]: string } & {
  [K in `Numeric${Relation}`]: number;
} & { [K in `Numeric${Relation}Path`]: string } & { [K in `Timestamp${Relation}` | `Timestamp${Relation}Path`]: string } & {
  BooleanEquals: boolean;
  BooleanEqualsPath: string;
  StringMatches: string;
} & { [K in TypeTestOperator | 'IsPresent']: boolean };

/** Every comparison operator of a JSONPath data-test rule. */
export type ComparisonOperator = keyof OperatorOperands;

/** The `Is*` operators that test the JSON type of the Variable's value. */
export type TypeTestOperator = 'IsNull' | 'IsNumeric' | 'IsString' | 'IsBoolean' | 'IsTimestamp';

/** How an operator compares; `operand` says what its JSON value must be in the definition. */
export type OperatorSpec =
  | { readonly family: 'String' | 'Numeric' | 'Timestamp'; readonly relation: Relation; readonly viaPath: boolean }
  | { readonly family: 'Boolean'; readonly relation: 'Equals'; readonly viaPath: boolean }
  | { readonly family: 'StringMatches' | 'IsPresent' | 'IsType'; readonly viaPath: false };

const RELATIONS: readonly Relation[] = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];

function buildOperatorTable(): ReadonlyMap<string, OperatorSpec> {
  const table = new Map<string, OperatorSpec>();
  for (const family of ['String', 'Numeric', 'Timestamp'] as const) {
    for (const relation of RELATIONS) {
      table.set(`${family}${relation}`, { family, relation, viaPath: false });
      table.set(`${family}${relation}Path`, { family, relation, viaPath: true });
    }
  }
  table.set('BooleanEquals', { family: 'Boolean', relation: 'Equals', viaPath: false });
  table.set('BooleanEqualsPath', { family: 'Boolean', relation: 'Equals', viaPath: true });
  table.set('StringMatches', { family: 'StringMatches', viaPath: false });
  table.set('IsPresent', { family: 'IsPresent', viaPath: false });
  for (const op of ['IsNull', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'] as const) {
    table.set(op, { family: 'IsType', viaPath: false });
  }
  return table;
}

/** Every comparison operator name, with how it compares. */
export const OPERATORS: ReadonlyMap<string, OperatorSpec> = buildOperatorTable();

/** Whether a key of a rule object names a comparison operator. */
export function isComparisonOperator(key: string): key is ComparisonOperator {
  return OPERATORS.has(key);
}

/** Whether an ordering result (negative, 0, positive) satisfies a relation. */
export function relationHolds(relation: Relation, order: number): boolean {
  switch (relation) {
    case 'Equals':
      return order === 0;
    case 'LessThan':
      return order < 0;
    case 'GreaterThan':
      return order > 0;
    case 'LessThanEquals':
      return order <= 0;
    case 'GreaterThanEquals':
      return order >= 0;
    default: {
      const unreachable: never = relation;
      return unreachable;
    }
  }
}

/**
 * Orders two strings by Unicode code point, as the ASL spec requires (ASL-REFERENCE §1.6).
 * JavaScript's `<` orders UTF-16 code units instead, which puts U+10000 and above (surrogate pairs,
 * e.g. emoji) before U+E000..U+FFFF. [UNVERIFIED]: AWS's Java `String.compareTo` would also compare
 * code units; we follow the spec.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === length) return a.length - b.length;
  // Step back onto a shared high surrogate so that codePointAt reads whole pairs on both sides.
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) i--;
  return (a.codePointAt(i) ?? 0) - (b.codePointAt(i) ?? 0);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The known field nearest to a misspelt one (case-insensitive or within two edits), if any. */
export function suggestField(key: string, known: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}

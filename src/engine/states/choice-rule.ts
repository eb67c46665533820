/**
 * JSONPath-mode Choice rules (ASL-REFERENCE §1.6): compiled once from the definition, then evaluated
 * against a Choice state's effective input on every visit.
 */
import { isJsonObject, type Json, type JsonObject } from '../../asl/json.js';
import { StatesError, StatesErrorName } from '../../asl/states-error.js';
import { compilePath, evaluatePath, type CompiledPath } from '../../query/jsonpath.js';
import type { PathScope } from '../../query/path-scope.js';
import { compileStringMatches, StringMatchesPatternError } from '../../query/string-matches.js';
import { compareInstants, isTimestamp, parseInstant, type Instant } from '../../query/timestamp.js';
import {
  compareCodePoints,
  OPERATORS,
  relationHolds,
  suggestField,
  type ComparisonOperator,
  type OperatorOperands,
  type OperatorSpec,
  type Relation,
  type TypeTestOperator,
} from './choice-rule-operators.js';

export type { ComparisonOperator, Relation, TypeTestOperator } from './choice-rule-operators.js';

/** Fields a rule may carry besides its expression. `Next` and `Assign` belong to top-level rules. */
interface RuleFields {
  Comment?: string;
  Next?: string;
  Assign?: JsonObject;
}

/** `Variable` plus exactly one comparison operator, e.g. `{ "Variable": "$.n", "NumericGreaterThan": 3 }`. */
export type DataTestRule = {
  [K in ComparisonOperator]: RuleFields & { Variable: string } & { [P in K]: OperatorOperands[K] };
}[ComparisonOperator];

/** True when every sub-rule is true (short-circuits). */
export interface AndRule extends RuleFields {
  And: ChoiceRule[];
}
/** True when any sub-rule is true (short-circuits). */
export interface OrRule extends RuleFields {
  Or: ChoiceRule[];
}
/** True when the sub-rule is false. */
export interface NotRule extends RuleFields {
  Not: ChoiceRule;
}

/** A JSONPath Choice rule as written in ASL: a data test or a Boolean expression. */
export type ChoiceRule = DataTestRule | AndRule | OrRule | NotRule;

/** What a data test checks once the Variable's value is known; `operand` is a literal or a path. */
export type CompiledCheck =
  | { readonly family: 'IsPresent'; readonly expected: boolean }
  | { readonly family: 'IsType'; readonly test: (value: Json) => boolean; readonly expected: boolean }
  | { readonly family: 'StringMatches'; readonly matches: (value: string) => boolean }
  | { readonly family: 'String'; readonly relation: Relation; readonly operand: string | CompiledPath }
  | { readonly family: 'Numeric'; readonly relation: Relation; readonly operand: number | CompiledPath }
  | { readonly family: 'Boolean'; readonly operand: boolean | CompiledPath }
  | { readonly family: 'Timestamp'; readonly relation: Relation; readonly operand: Instant | CompiledPath };

/** A compiled Choice rule: every path parsed, every literal checked and converted. */
export type CompiledChoiceRule =
  | { readonly kind: 'And' | 'Or'; readonly location: string; readonly rules: readonly CompiledChoiceRule[] }
  | { readonly kind: 'Not'; readonly location: string; readonly rule: CompiledChoiceRule }
  | {
      readonly kind: 'DataTest';
      readonly location: string;
      readonly operator: ComparisonOperator;
      readonly variable: CompiledPath;
      readonly check: CompiledCheck;
    };

/**
 * A Choice rule that cannot be compiled: the definition is wrong. The message starts with the rule's
 * location (`Choices[2].And[0]: ...`) and says what was expected.
 */
export class ChoiceRuleError extends Error {
  override readonly name = 'ChoiceRuleError';
  constructor(
    /** Where the problem is, e.g. `Choices[2].And[0].StringEquals`. */
    readonly location: string,
    /** What is wrong, without the location. */
    readonly problem: string,
  ) {
    super(`${location}: ${problem}`);
  }
}

/**
 * The `States.Runtime` cause (without AWS's "An error occurred while executing the state ..." prefix,
 * which the state life-cycle adds) when a Variable or `...Path` operand selects nothing.
 * The wording is the one AWS users report; no AWS recording pins it yet (ASL-REFERENCE §1.6 marks the
 * message [UNVERIFIED]).
 *
 * @example
 * invalidChoicePathCause('$.missing');
 * // "Invalid path '$.missing': The choice state's condition path references an invalid value."
 */
export function invalidChoicePathCause(pathText: string): string {
  return `Invalid path '${pathText}': The choice state's condition path references an invalid value.`;
}

const BOOLEAN_KEYS = ['And', 'Or', 'Not'] as const;
const OTHER_KEYS = ['Variable', 'Comment', 'Next', 'Assign'] as const;
const KNOWN_KEYS: readonly string[] = [...BOOLEAN_KEYS, ...OTHER_KEYS, ...OPERATORS.keys()];

/**
 * Compiles a JSONPath Choice rule (top-level or nested). Throws {@link ChoiceRuleError} for a rule
 * AWS would not accept: not an object, missing `Variable`, zero or several operators, an operand of
 * the wrong type, an invalid path or timestamp or `StringMatches` pattern, an empty `And`/`Or`.
 * `Next`, `Assign` and `Comment` are allowed and ignored (the Choice state handles them).
 *
 * @example
 * const rule = compileChoiceRule({ Variable: '$.n', NumericGreaterThan: 3, Next: 'Big' }, 'Choices[0]');
 * evaluateChoiceRule(rule, { input: { n: 5 }, context: () => ({}), variable: () => undefined }); // true
 */
export function compileChoiceRule(rule: unknown, location: string): CompiledChoiceRule {
  if (!isJsonObject(rule)) {
    throw new ChoiceRuleError(location, `a Choice rule must be a JSON object, received ${describe(rule)}`);
  }
  const keys = Object.keys(rule);
  for (const key of keys) {
    if (KNOWN_KEYS.includes(key)) continue;
    const suggestion = suggestField(key, KNOWN_KEYS);
    throw new ChoiceRuleError(location, `unknown field "${key}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`);
  }
  const comment = rule['Comment'];
  if (comment !== undefined && typeof comment !== 'string') {
    throw new ChoiceRuleError(`${location}.Comment`, `expected a string, received ${describe(comment)}`);
  }
  const booleanKeys = BOOLEAN_KEYS.filter((k) => k in rule);
  const operators = keys.filter((k): k is ComparisonOperator => OPERATORS.has(k));
  const hasVariable = 'Variable' in rule;
  const expression = [...booleanKeys, ...(hasVariable ? ['Variable'] : []), ...operators];

  const [booleanKey] = booleanKeys;
  if (booleanKey !== undefined) {
    if (expression.length > 1) {
      throw new ChoiceRuleError(
        location,
        `a rule is either And, Or, Not or a Variable with one comparison operator, but this one has ${listFields(expression)}`,
      );
    }
    return compileBooleanRule(booleanKey, rule[booleanKey], location);
  }
  if (!hasVariable) {
    throw new ChoiceRuleError(
      location,
      operators.length === 0
        ? 'a rule needs And, Or, Not, or a Variable with one comparison operator (StringEquals, NumericGreaterThan, IsPresent, ...)'
        : `missing "Variable": the path whose value ${operators[0]} tests`,
    );
  }
  const [operator] = operators;
  if (operator === undefined) {
    throw new ChoiceRuleError(
      location,
      'missing a comparison operator next to "Variable" (StringEquals, NumericGreaterThan, BooleanEquals, TimestampLessThan, IsPresent, ...)',
    );
  }
  if (operators.length > 1) {
    throw new ChoiceRuleError(
      location,
      `each Choice rule can only have one comparison operator, but this one has ${listFields(operators)}; combine several tests with And or Or`,
    );
  }
  return {
    kind: 'DataTest',
    location,
    operator,
    variable: compileRulePath(rule['Variable'], `${location}.Variable`),
    check: compileCheck(operator, rule[operator], `${location}.${operator}`),
  };
}

function compileBooleanRule(key: 'And' | 'Or' | 'Not', value: Json | undefined, location: string): CompiledChoiceRule {
  if (key === 'Not') return { kind: 'Not', location, rule: compileChoiceRule(value, `${location}.Not`) };
  if (!Array.isArray(value) || value.length === 0) {
    throw new ChoiceRuleError(`${location}.${key}`, `expected a non-empty array of rules, received ${describe(value)}`);
  }
  return { kind: key, location, rules: value.map((r, i) => compileChoiceRule(r, `${location}.${key}[${i}]`)) };
}

function compileCheck(operator: ComparisonOperator, operand: Json | undefined, location: string): CompiledCheck {
  const spec = OPERATORS.get(operator) as OperatorSpec;
  if (spec.viaPath) {
    const path = compileRulePath(operand, location);
    switch (spec.family) {
      case 'Boolean':
        return { family: 'Boolean', operand: path };
      case 'String':
      case 'Numeric':
      case 'Timestamp':
        return { family: spec.family, relation: spec.relation, operand: path };
    }
  }
  switch (spec.family) {
    case 'IsPresent':
      return { family: 'IsPresent', expected: expectBoolean(operand, location) };
    case 'IsType':
      return { family: 'IsType', test: TYPE_TESTS[operator as TypeTestOperator], expected: expectBoolean(operand, location) };
    case 'Boolean':
      return { family: 'Boolean', operand: expectBoolean(operand, location) };
    case 'StringMatches':
      return { family: 'StringMatches', matches: compilePattern(expectString(operand, location), location) };
    case 'String':
      return { family: 'String', relation: spec.relation, operand: expectString(operand, location) };
    case 'Numeric':
      if (typeof operand !== 'number') {
        throw new ChoiceRuleError(location, `expected a number, received ${describe(operand)}`);
      }
      return { family: 'Numeric', relation: spec.relation, operand };
    case 'Timestamp': {
      const instant = parseInstant(expectString(operand, location));
      if (instant === undefined) {
        throw new ChoiceRuleError(
          location,
          `expected an RFC 3339 timestamp with "T" and a zone, such as "2016-03-14T01:59:00Z", received ${describe(operand)}`,
        );
      }
      return { family: 'Timestamp', relation: spec.relation, operand: instant };
    }
  }
}

/** `IsNumeric` holds only for JSON numbers (`"1"` is a string) and `IsTimestamp` only for RFC 3339 strings [OBS]. */
const TYPE_TESTS: Readonly<Record<TypeTestOperator, (value: Json) => boolean>> = {
  IsNull: (value) => value === null,
  IsNumeric: (value) => typeof value === 'number',
  IsString: (value) => typeof value === 'string',
  IsBoolean: (value) => typeof value === 'boolean',
  IsTimestamp: (value) => typeof value === 'string' && isTimestamp(value),
};

function compileRulePath(text: Json | undefined, location: string): CompiledPath {
  if (typeof text !== 'string') {
    throw new ChoiceRuleError(
      location,
      `expected a path starting with "$" (such as "$.status", "$$.Execution.Name" or "$myVariable"), received ${describe(text)}`,
    );
  }
  let path: CompiledPath;
  try {
    path = compilePath(text);
  } catch (error) {
    throw new ChoiceRuleError(location, `invalid path "${text}": ${error instanceof Error ? error.message : String(error)}`);
  }
  // AWS: Variable and `...Path` operands are Reference Paths, one node at most (ASL-REFERENCE §2.2).
  if (!path.isReferencePath) {
    throw new ChoiceRuleError(
      location,
      `"${text}" is not a reference path: Variable and ...Path operands must select a single node, using only "." and "[]" (no "*", "..", filters, slices or unions)`,
    );
  }
  return path;
}

function compilePattern(pattern: string, location: string): (value: string) => boolean {
  try {
    return compileStringMatches(pattern);
  } catch (error) {
    if (error instanceof StringMatchesPatternError) throw new ChoiceRuleError(location, error.message);
    throw error;
  }
}

function expectString(value: Json | undefined, location: string): string {
  if (typeof value !== 'string') throw new ChoiceRuleError(location, `expected a string, received ${describe(value)}`);
  return value;
}

function expectBoolean(value: Json | undefined, location: string): boolean {
  if (typeof value !== 'boolean') {
    throw new ChoiceRuleError(location, `expected true or false, received ${describe(value)}`);
  }
  return value;
}

function listFields(fields: readonly string[]): string {
  return fields.map((f) => `"${f}"`).join(', ');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array ${truncate(JSON.stringify(value))}`;
  if (typeof value === 'object') return `an object ${truncate(JSON.stringify(value))}`;
  return `${typeof value} ${truncate(JSON.stringify(value))}`;
}

function truncate(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

/**
 * Evaluates a compiled rule against the Choice state's effective input (after InputPath).
 *
 * A value of the wrong type makes a comparison false, never an error: `NumericEquals` on `"1"`,
 * `BooleanEquals` on `0`, `TimestampEquals` on a string without a zone, and the same when a
 * `...Path` operand selects a value of the wrong type [SPEC][OBS, ASL-REFERENCE §1.6].
 * A Variable or `...Path` operand that selects nothing throws `StatesError('States.Runtime', ...)`,
 * except for `IsPresent`, which is then simply false (or true for `IsPresent: false`).
 *
 * @example
 * const rule = compileChoiceRule({ Not: { Variable: '$.tag', StringMatches: 'tmp-*' } }, 'Choices[0]');
 * evaluateChoiceRule(rule, { input: { tag: 'tmp-42' }, context: () => ({}), variable: () => undefined }); // false
 */
export function evaluateChoiceRule(rule: CompiledChoiceRule, scope: PathScope): boolean {
  switch (rule.kind) {
    case 'And':
      for (const r of rule.rules) if (!evaluateChoiceRule(r, scope)) return false;
      return true;
    case 'Or':
      for (const r of rule.rules) if (evaluateChoiceRule(r, scope)) return true;
      return false;
    case 'Not':
      return !evaluateChoiceRule(rule.rule, scope);
    case 'DataTest':
      return evaluateDataTest(rule.variable, rule.check, scope);
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

function evaluateDataTest(variable: CompiledPath, check: CompiledCheck, scope: PathScope): boolean {
  const selected = evaluatePath(variable, scope);
  if (check.family === 'IsPresent') return selected.found === check.expected;
  if (!selected.found) throw new StatesError(StatesErrorName.Runtime, invalidChoicePathCause(variable.text));
  const value = selected.value;
  switch (check.family) {
    case 'IsType':
      return check.test(value) === check.expected;
    case 'StringMatches':
      return typeof value === 'string' && check.matches(value);
    case 'String': {
      const operand = typeof check.operand === 'string' ? check.operand : resolveOperand(check.operand, scope);
      if (typeof value !== 'string' || typeof operand !== 'string') return false;
      return relationHolds(check.relation, compareCodePoints(value, operand));
    }
    case 'Numeric': {
      const operand = typeof check.operand === 'number' ? check.operand : resolveOperand(check.operand, scope);
      if (typeof value !== 'number' || typeof operand !== 'number') return false;
      return relationHolds(check.relation, value < operand ? -1 : value > operand ? 1 : 0);
    }
    case 'Boolean': {
      const operand = typeof check.operand === 'boolean' ? check.operand : resolveOperand(check.operand, scope);
      return typeof value === 'boolean' && value === operand;
    }
    case 'Timestamp': {
      const operand = isInstant(check.operand) ? check.operand : resolveTimestampOperand(check.operand, scope);
      if (typeof value !== 'string' || operand === undefined) return false;
      const instant = parseInstant(value);
      return instant !== undefined && relationHolds(check.relation, compareInstants(instant, operand));
    }
    default: {
      const unreachable: never = check;
      return unreachable;
    }
  }
}

/** The value a `...Path` operand selects; selecting nothing is the same runtime error as for Variable. */
function resolveOperand(path: CompiledPath, scope: PathScope): Json {
  const selected = evaluatePath(path, scope);
  if (!selected.found) throw new StatesError(StatesErrorName.Runtime, invalidChoicePathCause(path.text));
  return selected.value;
}

function resolveTimestampOperand(path: CompiledPath, scope: PathScope): Instant | undefined {
  const value = resolveOperand(path, scope);
  return typeof value === 'string' ? parseInstant(value) : undefined;
}

function isInstant(operand: Instant | CompiledPath): operand is Instant {
  return 'epochSeconds' in operand;
}

import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../../../src/asl/json.js';
import { StatesError } from '../../../src/asl/states-error.js';
import {
  ChoiceRuleError,
  compileChoiceRule,
  evaluateChoiceRule,
  invalidChoicePathCause,
  type ChoiceRule,
} from '../../../src/engine/states/choice-rule.js';
import { compareCodePoints } from '../../../src/engine/states/choice-rule-operators.js';
import type { PathScope } from '../../../src/query/path-scope.js';

function scope(input: Json, variables: JsonObject = {}, context: Json = {}): PathScope {
  return {
    input,
    context: () => context,
    variable: (name) => (Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined),
  };
}

/** Evaluates one rule on `{ Variable: value }` (omitted when `value` is undefined), as the AWS cases do. */
function test(rule: object, value: Json | undefined, extra: JsonObject = {}): boolean {
  const input: JsonObject = value === undefined ? { ...extra } : { Variable: value, ...extra };
  return evaluateChoiceRule(compileChoiceRule(rule, 'Choices[0]'), scope(input));
}

function compileError(rule: unknown, location = 'Choices[0]'): string {
  try {
    compileChoiceRule(rule, location);
  } catch (error) {
    if (error instanceof ChoiceRuleError) return error.message;
    throw error;
  }
  throw new Error('expected a ChoiceRuleError');
}

function runtimeError(run: () => unknown): StatesError {
  try {
    run();
  } catch (error) {
    if (error instanceof StatesError) return error;
    throw error;
  }
  throw new Error('expected a StatesError');
}

/** Values the AWS-recorded choice_operators cases feed to every operator (LocalStack TYPE_COMPARISONS_VARS). */
const MIXED: readonly Json[] = [
  null,
  0,
  0.0,
  1,
  1.1,
  '',
  ' ',
  'HelloWorld',
  '2012-10-09T19:00:55',
  '2012-10-09T19:00:55Z',
  '2012-10-09T19:00:55+01:00',
  '2023-02-24',
  '2023-02-24 12:15:56.832957',
  [],
  [''],
  {},
  { A: 0 },
  false,
  true,
];

describe('compileChoiceRule', () => {
  it('accepts a typed ChoiceRule and ignores Next, Comment and Assign', () => {
    const rule: ChoiceRule = {
      And: [{ Variable: '$.a', NumericGreaterThan: 1 }, { Not: { Variable: '$.b', IsNull: true } }],
      Next: 'Done',
      Comment: 'both',
      Assign: { x: 1 },
    };
    expect(compileChoiceRule(rule, 'Choices[0]')).toMatchObject({ kind: 'And', location: 'Choices[0]' });
  });

  it('names the location of each nested rule', () => {
    const compiled = compileChoiceRule({ Or: [{ Not: { Variable: '$.a', IsPresent: true } }] }, 'Choices[3]');
    expect(compiled).toMatchObject({
      kind: 'Or',
      rules: [{ kind: 'Not', location: 'Choices[3].Or[0]', rule: { location: 'Choices[3].Or[0].Not' } }],
    });
  });

  it('rejects a rule with no expression', () => {
    expect(compileError({ Next: 'X' })).toMatchInlineSnapshot(
      `"Choices[0]: a rule needs And, Or, Not, or a Variable with one comparison operator (StringEquals, NumericGreaterThan, IsPresent, ...)"`,
    );
    expect(compileError('$.a')).toMatchInlineSnapshot(`"Choices[0]: a Choice rule must be a JSON object, received string "$.a""`);
  });

  it('rejects a missing Variable', () => {
    expect(compileError({ StringEquals: 'x', Next: 'X' })).toMatchInlineSnapshot(
      `"Choices[0]: missing "Variable": the path whose value StringEquals tests"`,
    );
  });

  it('rejects a Variable without an operator, and an unknown field with a suggestion', () => {
    expect(compileError({ Variable: '$.a' })).toMatchInlineSnapshot(
      `"Choices[0]: missing a comparison operator next to "Variable" (StringEquals, NumericGreaterThan, BooleanEquals, TimestampLessThan, IsPresent, ...)"`,
    );
    expect(compileError({ Variable: '$.a', StringEqual: 'x' })).toMatchInlineSnapshot(
      `"Choices[0]: unknown field "StringEqual"; did you mean "StringEquals"?"`,
    );
    expect(compileError({ Variable: '$.a', numericequals: 1 })).toMatchInlineSnapshot(
      `"Choices[0]: unknown field "numericequals"; did you mean "NumericEquals"?"`,
    );
  });

  it('rejects several operators in one rule', () => {
    expect(compileError({ Variable: '$.a', NumericGreaterThan: 1, NumericLessThan: 5 })).toMatchInlineSnapshot(
      `"Choices[0]: each Choice rule can only have one comparison operator, but this one has "NumericGreaterThan", "NumericLessThan"; combine several tests with And or Or"`,
    );
    expect(compileError({ Not: { Variable: '$.a', IsNull: true }, Variable: '$.b', IsNull: true })).toMatchInlineSnapshot(
      `"Choices[0]: a rule is either And, Or, Not or a Variable with one comparison operator, but this one has "Not", "Variable", "IsNull""`,
    );
  });

  it('rejects an empty or non-array And/Or and a non-object Not', () => {
    expect(compileError({ And: [] }, 'Choices[2]')).toMatchInlineSnapshot(
      `"Choices[2].And: expected a non-empty array of rules, received an array []"`,
    );
    expect(compileError({ Or: { Variable: '$.a', IsNull: true } })).toMatchInlineSnapshot(
      `"Choices[0].Or: expected a non-empty array of rules, received an object {"Variable":"$.a","IsNull":true}"`,
    );
    expect(compileError({ Not: [{ Variable: '$.a', IsNull: true }] })).toMatchInlineSnapshot(
      `"Choices[0].Not: a Choice rule must be a JSON object, received an array [{"Variable":"$.a","IsNull":true}]"`,
    );
  });

  it('reports the innermost location of a nested problem', () => {
    expect(
      compileError({ Or: [{ Variable: '$.a', IsNull: true }, { And: [{ Variable: '$.b', StringEquals: 5 }] }] }, 'Choices[2]'),
    ).toMatchInlineSnapshot(`"Choices[2].Or[1].And[0].StringEquals: expected a string, received number 5"`);
  });

  it('checks each operand type', () => {
    expect(compileError({ Variable: '$.a', NumericEquals: '1' })).toMatchInlineSnapshot(
      `"Choices[0].NumericEquals: expected a number, received string "1""`,
    );
    expect(compileError({ Variable: '$.a', BooleanEquals: 'true' })).toMatchInlineSnapshot(
      `"Choices[0].BooleanEquals: expected true or false, received string "true""`,
    );
    expect(compileError({ Variable: '$.a', IsPresent: 1 })).toMatchInlineSnapshot(
      `"Choices[0].IsPresent: expected true or false, received number 1"`,
    );
    expect(compileError({ Variable: '$.a', StringMatches: null })).toMatchInlineSnapshot(
      `"Choices[0].StringMatches: expected a string, received null"`,
    );
    expect(compileError({ Variable: '$.a', TimestampEquals: '2016-03-14T01:59:00' })).toMatchInlineSnapshot(
      `"Choices[0].TimestampEquals: expected an RFC 3339 timestamp with "T" and a zone, such as "2016-03-14T01:59:00Z", received string "2016-03-14T01:59:00""`,
    );
    expect(compileError({ Variable: '$.a', NumericEqualsPath: 3 })).toMatchInlineSnapshot(
      `"Choices[0].NumericEqualsPath: expected a path starting with "$" (such as "$.status", "$$.Execution.Name" or "$myVariable"), received number 3"`,
    );
  });

  it('rejects a Variable that is not a path', () => {
    expect(compileError({ Variable: 'status', StringEquals: 'x' })).toMatchInlineSnapshot(
      `"Choices[0].Variable: invalid path "status": a path must start with '$' (at position 0 of 'status')"`,
    );
    expect(compileError({ Variable: '$.a[', StringEquals: 'x' })).toMatchInlineSnapshot(
      `"Choices[0].Variable: invalid path "$.a[": cannot read the bracket: expected a quoted name, an index, a slice, '*' or '?(...)' (at position 3 of '$.a[')"`,
    );
    expect(compileError({ Variable: 5, StringEquals: 'x' })).toMatchInlineSnapshot(
      `"Choices[0].Variable: expected a path starting with "$" (such as "$.status", "$$.Execution.Name" or "$myVariable"), received number 5"`,
    );
  });

  it('rejects a Variable or ...Path operand that is not a reference path (ASL-REFERENCE §2.2)', () => {
    expect(compileError({ Variable: '$.items[*].id', StringEquals: 'x' })).toMatchInlineSnapshot(
      `"Choices[0].Variable: "$.items[*].id" is not a reference path: Variable and ...Path operands must select a single node, using only "." and "[]" (no "*", "..", filters, slices or unions)"`,
    );
    expect(compileError({ Variable: '$.a', StringEqualsPath: '$..id' })).toMatchInlineSnapshot(
      `"Choices[0].StringEqualsPath: "$..id" is not a reference path: Variable and ...Path operands must select a single node, using only "." and "[]" (no "*", "..", filters, slices or unions)"`,
    );
    expect(compileError({ Variable: '$.a[?(@.b > 1)]', IsPresent: true })).toMatchInlineSnapshot(
      `"Choices[0].Variable: "$.a[?(@.b > 1)]" is not a reference path: Variable and ...Path operands must select a single node, using only "." and "[]" (no "*", "..", filters, slices or unions)"`,
    );
  });

  it('rejects a StringMatches pattern with an unpaired escape', () => {
    expect(compileError({ Variable: '$.a', StringMatches: 'a\\b' })).toMatchInlineSnapshot(
      `"Choices[0].StringMatches: Unpaired escape '\\' at index 1 of StringMatches pattern "a\\\\b" (followed by 'b'): only '\\*' (a literal '*') and '\\\\' (a literal '\\') are escapes; write '\\\\' for a literal backslash"`,
    );
  });
});

describe('evaluateChoiceRule', () => {
  describe('a Variable that selects nothing', () => {
    it('is a States.Runtime error naming the path, with AWS wording', () => {
      const error = runtimeError(() => test({ Variable: '$.missing', StringEquals: 'x' }, 'x'));
      expect(error.error).toBe('States.Runtime');
      expect(error.causeText).toMatchInlineSnapshot(
        `"Invalid path '$.missing': The choice state's condition path references an invalid value."`,
      );
      expect(invalidChoicePathCause('$.x')).toBe(error.causeText?.replace('$.missing', '$.x'));
    });

    it('is an error for every operator but IsPresent, including IsNull and the type tests', () => {
      for (const rule of [
        { IsNull: true },
        { IsString: false },
        { NumericEquals: 1 },
        { BooleanEquals: true },
        { StringMatches: '*' },
        { TimestampEquals: '2012-10-09T19:00:55Z' },
      ]) {
        expect(() => test({ Variable: '$.missing', ...rule }, 1)).toThrow(StatesError);
      }
    });

    it('is simply absent for IsPresent: false for IsPresent true, true for IsPresent false', () => {
      expect(test({ Variable: '$.missing', IsPresent: true }, 1)).toBe(false);
      expect(test({ Variable: '$.missing', IsPresent: false }, 1)).toBe(true);
    });

    it('includes a missing ...Path operand', () => {
      const error = runtimeError(() => test({ Variable: '$.Variable', NumericEqualsPath: '$.Nope' }, 1));
      expect(error.causeText).toBe(invalidChoicePathCause('$.Nope'));
    });
  });

  describe('IsPresent', () => {
    it.each(MIXED.map((v) => [v]))('holds for a present value, even null or false: %j [OBS]', (value) => {
      expect(test({ Variable: '$.Variable', IsPresent: true }, value)).toBe(true);
      expect(test({ Variable: '$.Variable', IsPresent: false }, value)).toBe(false);
    });
  });

  describe('IsNull, IsNumeric, IsString, IsBoolean, IsTimestamp', () => {
    const cases: [string, (v: Json) => boolean][] = [
      ['IsNull', (v) => v === null],
      ['IsNumeric', (v) => typeof v === 'number'],
      ['IsString', (v) => typeof v === 'string'],
      ['IsBoolean', (v) => typeof v === 'boolean'],
      ['IsTimestamp', (v) => v === '2012-10-09T19:00:55Z' || v === '2012-10-09T19:00:55+01:00'],
    ];
    it.each(cases)('%s tests the JSON type of each value the AWS cases use, and false inverts it [OBS]', (op, holds) => {
      for (const value of MIXED) {
        expect(test({ Variable: '$.Variable', [op]: true }, value), `${op} ${JSON.stringify(value)}`).toBe(holds(value));
        expect(test({ Variable: '$.Variable', [op]: false }, value), `${op}: false ${JSON.stringify(value)}`).toBe(!holds(value));
      }
    });

    it('IsNumeric is false for a numeric string and IsTimestamp for a zoneless or space-separated one', () => {
      expect(test({ Variable: '$.Variable', IsNumeric: true }, '1')).toBe(false);
      expect(test({ Variable: '$.Variable', IsTimestamp: true }, '2012-10-09T19:00:55')).toBe(false);
      expect(test({ Variable: '$.Variable', IsTimestamp: true }, '2016-03-05T21:29:29.243167252Z')).toBe(true);
    });
  });

  describe('BooleanEquals(Path)', () => {
    it('holds only for the same boolean; 0, 1, "", strings, [], {} and null are false [OBS]', () => {
      for (const value of MIXED) {
        expect(test({ Variable: '$.Variable', BooleanEquals: true }, value)).toBe(value === true);
        expect(test({ Variable: '$.Variable', BooleanEquals: false }, value)).toBe(value === false);
        expect(test({ Variable: '$.Variable', BooleanEqualsPath: '$.Value' }, value, { Value: false })).toBe(value === false);
      }
    });

    it('is false, not an error, when the path operand is not a boolean', () => {
      expect(test({ Variable: '$.Variable', BooleanEqualsPath: '$.Value' }, true, { Value: 'true' })).toBe(false);
      expect(test({ Variable: '$.Variable', BooleanEqualsPath: '$.Value' }, 1, { Value: 1 })).toBe(false);
    });
  });

  describe('Numeric operators', () => {
    it('NumericEquals: 0 equals 0.0, 2.22 equals 2.22, anything that is not a number is false [OBS]', () => {
      expect(test({ Variable: '$.Variable', NumericEquals: 0 }, 0.0)).toBe(true);
      expect(test({ Variable: '$.Variable', NumericEquals: 2.22 }, 2.22)).toBe(true);
      expect(test({ Variable: '$.Variable', NumericEquals: 1 }, 1.1)).toBe(false);
      for (const value of MIXED.filter((v) => typeof v !== 'number')) {
        expect(test({ Variable: '$.Variable', NumericEquals: 0 }, value)).toBe(false);
        expect(test({ Variable: '$.Variable', NumericEqualsPath: '$.Value' }, value, { Value: 1 })).toBe(false);
      }
    });

    it('NumericEquals is false for a numeric string, on either side', () => {
      expect(test({ Variable: '$.Variable', NumericEquals: 1 }, '1')).toBe(false);
      expect(test({ Variable: '$.Variable', NumericEqualsPath: '$.Value' }, 1, { Value: '1' })).toBe(false);
    });

    it.each([
      ['NumericLessThan', [false, true, false]],
      ['NumericGreaterThan', [false, false, true]],
      ['NumericLessThanEquals', [true, true, false]],
      ['NumericGreaterThanEquals', [true, false, true]],
    ] as const)('%s orders numbers as doubles (pairs 0/0, 0/1, 1/0) [OBS]', (op, expected) => {
      const pairs = [
        [0, 0],
        [0, 1],
        [1, 0],
      ] as const;
      pairs.forEach(([variable, value], i) => {
        expect(test({ Variable: '$.Variable', [op]: value }, variable)).toBe(expected[i]);
        expect(test({ Variable: '$.Variable', [`${op}Path`]: '$.Value' }, variable, { Value: value })).toBe(expected[i]);
      });
    });

    it('compares negative numbers, fractions and large values as doubles', () => {
      expect(test({ Variable: '$.Variable', NumericLessThan: -1.5 }, -2)).toBe(true);
      expect(test({ Variable: '$.Variable', NumericGreaterThan: 1e21 }, 2e21)).toBe(true);
      expect(test({ Variable: '$.Variable', NumericEquals: 0.30000000000000004 }, 0.1 + 0.2)).toBe(true);
    });
  });

  describe('String operators', () => {
    it('StringEquals is exact: whitespace counts and other types are false [OBS]', () => {
      expect(test({ Variable: '$.Variable', StringEquals: '     ' }, ' ')).toBe(false);
      expect(test({ Variable: '$.Variable', StringEquals: '\t\r\n' }, '\t\n')).toBe(false);
      expect(test({ Variable: '$.Variable', StringEqualsPath: '$.Value' }, 'Hello', { Value: 'Hello' })).toBe(true);
      for (const value of MIXED.filter((v) => typeof v !== 'string')) {
        expect(test({ Variable: '$.Variable', StringEquals: 'HelloWorld' }, value)).toBe(false);
      }
    });

    it('orders strings lexicographically; a prefix sorts first [OBS]', () => {
      expect(test({ Variable: '$.Variable', StringGreaterThan: '' }, '')).toBe(false);
      expect(test({ Variable: '$.Variable', StringGreaterThanEquals: '' }, '')).toBe(true);
      expect(test({ Variable: '$.Variable', StringGreaterThan: 'A ' }, 'A')).toBe(false);
      expect(test({ Variable: '$.Variable', StringGreaterThan: 'ABC' }, 'AB')).toBe(false);
      expect(test({ Variable: '$.Variable', StringLessThan: 'A' }, 'AB')).toBe(false);
      expect(test({ Variable: '$.Variable', StringLessThanEqualsPath: '$.Value' }, 'A', { Value: 'AB' })).toBe(true);
      expect(test({ Variable: '$.Variable', StringGreaterThanEqualsPath: '$.Value' }, 'AB', { Value: 'A' })).toBe(true);
      expect(test({ Variable: '$.Variable', StringLessThanPath: '$.Value' }, '', { Value: '' })).toBe(false);
    });

    it('orders by code point, not UTF-16 unit: U+1F600 sorts after U+FFFD', () => {
      expect(test({ Variable: '$.Variable', StringGreaterThan: '\uFFFD' }, '😀')).toBe(true);
      expect(compareCodePoints('😀', '\uFFFD')).toBeGreaterThan(0);
      expect(compareCodePoints('a😀', 'a\uE000')).toBeGreaterThan(0);
      expect(compareCodePoints('😀', '😁')).toBeLessThan(0);
      expect(compareCodePoints('abc', 'abd')).toBeLessThan(0);
      expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
      expect(compareCodePoints('Z', 'a')).toBeLessThan(0); // no case folding
    });

    it('is false, not an error, when the path operand is not a string', () => {
      expect(test({ Variable: '$.Variable', StringEqualsPath: '$.Value' }, '1', { Value: 1 })).toBe(false);
    });
  });

  describe('StringMatches', () => {
    it('matches wildcards and is false for non-strings', () => {
      expect(test({ Variable: '$.Variable', StringMatches: 'foo*.log' }, 'foo23.log')).toBe(true);
      expect(test({ Variable: '$.Variable', StringMatches: 'foo*.log' }, 'foo23.txt')).toBe(false);
      expect(test({ Variable: '$.Variable', StringMatches: '*' }, 1)).toBe(false);
      expect(test({ Variable: '$.Variable', StringMatches: '*' }, null)).toBe(false);
    });
  });

  describe('Timestamp operators', () => {
    const T0 = '2012-10-09T19:00:55Z';
    const T1 = '2012-10-09T19:00:56Z';

    it.each([
      ['TimestampEquals', [true, false, false]],
      ['TimestampLessThan', [false, true, false]],
      ['TimestampGreaterThan', [false, false, true]],
      ['TimestampLessThanEquals', [true, true, false]],
      ['TimestampGreaterThanEquals', [true, false, true]],
    ] as const)('%s orders instants (pairs T0/T0, T0/T1, T1/T0) [OBS]', (op, expected) => {
      const pairs = [
        [T0, T0],
        [T0, T1],
        [T1, T0],
      ] as const;
      pairs.forEach(([variable, value], i) => {
        expect(test({ Variable: '$.Variable', [op]: value }, variable)).toBe(expected[i]);
        expect(test({ Variable: '$.Variable', [`${op}Path`]: '$.Value' }, variable, { Value: value })).toBe(expected[i]);
      });
    });

    it('is false for every value that is not a zoned timestamp [OBS]', () => {
      for (const value of MIXED.filter((v) => v !== T0 && v !== '2012-10-09T19:00:55+01:00')) {
        expect(test({ Variable: '$.Variable', TimestampEquals: T0 }, value)).toBe(false);
      }
      expect(test({ Variable: '$.Variable', TimestampEqualsPath: '$.Value' }, T0, { Value: '2012-10-09T19:00:55' })).toBe(false);
      expect(test({ Variable: '$.Variable', TimestampEqualsPath: '$.Value' }, T0, { Value: 0 })).toBe(false);
    });

    it('compares the instant across zones and below the millisecond', () => {
      expect(test({ Variable: '$.Variable', TimestampEquals: '2012-10-09T20:00:55+01:00' }, T0)).toBe(true);
      expect(test({ Variable: '$.Variable', TimestampGreaterThan: '2012-10-09T19:00:55.000001Z' }, '2012-10-09T19:00:55.0000011Z')).toBe(
        true,
      );
      expect(test({ Variable: '$.Variable', TimestampEquals: '2012-10-09T19:00:55.1Z' }, '2012-10-09T19:00:55.100000Z')).toBe(true);
    });
  });

  describe('And, Or, Not', () => {
    const missing = { Variable: '$.missing', StringEquals: 'x' };
    const yes = { Variable: '$.a', IsPresent: true };
    const no = { Variable: '$.a', IsPresent: false };
    const run = (rule: object): boolean => evaluateChoiceRule(compileChoiceRule(rule, 'Choices[0]'), scope({ a: 1 }));

    it('combine results', () => {
      expect(run({ And: [yes, yes] })).toBe(true);
      expect(run({ And: [yes, no] })).toBe(false);
      expect(run({ Or: [no, yes] })).toBe(true);
      expect(run({ Or: [no, no] })).toBe(false);
      expect(run({ Not: no })).toBe(true);
      expect(run({ Not: { Not: no } })).toBe(false);
    });

    it('short-circuit, so IsPresent can guard a comparison on a missing path', () => {
      expect(run({ And: [no, missing] })).toBe(false);
      expect(run({ Or: [yes, missing] })).toBe(true);
      expect(run({ And: [{ Variable: '$.missing', IsPresent: true }, missing] })).toBe(false);
      expect(() => run({ And: [yes, missing] })).toThrow(StatesError);
    });
  });

  describe('paths beyond the input', () => {
    it('reads the Context object ($$) and workflow variables ($name)', () => {
      const s = scope({}, { limit: 3 }, { Execution: { Name: 'run-1' } });
      expect(evaluateChoiceRule(compileChoiceRule({ Variable: '$$.Execution.Name', StringEquals: 'run-1' }, 'Choices[0]'), s)).toBe(true);
      expect(evaluateChoiceRule(compileChoiceRule({ Variable: '$limit', NumericEquals: 3 }, 'Choices[0]'), s)).toBe(true);
      expect(evaluateChoiceRule(compileChoiceRule({ Variable: '$limit', IsPresent: true }, 'Choices[0]'), s)).toBe(true);
    });

    it('reads the whole input with $', () => {
      expect(
        evaluateChoiceRule(compileChoiceRule({ Variable: '$', StringEquals: 'No messages' }, 'Choices[0]'), scope('No messages')),
      ).toBe(true);
    });
  });
});

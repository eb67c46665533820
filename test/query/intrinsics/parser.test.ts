import { describe, expect, it } from 'vitest';
import { compileIntrinsic, IntrinsicSyntaxError, INTRINSIC_NAMES, isIntrinsicCall } from '../../../src/query/intrinsics/index.js';
import { evaluate, failure } from './support.js';

function syntaxError(text: string): IntrinsicSyntaxError {
  try {
    compileIntrinsic(text);
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to be rejected`);
}

const nested = (depth: number) => `${'States.Array('.repeat(depth)}1${')'.repeat(depth)}`;

describe('isIntrinsicCall', () => {
  it('recognises a States.Name( prefix, known or not', () => {
    expect(isIntrinsicCall("States.Format('{}', $.a)")).toBe(true);
    expect(isIntrinsicCall('States.UUID()')).toBe(true);
    expect(isIntrinsicCall('States.Nope(1)')).toBe(true);
  });

  it('does not take paths or plain text for calls', () => {
    expect(isIntrinsicCall('$.a')).toBe(false);
    expect(isIntrinsicCall('$$.Execution.Id')).toBe(false);
    expect(isIntrinsicCall('States.Format')).toBe(false);
    expect(isIntrinsicCall("Format('x')")).toBe(false);
  });
});

describe('compileIntrinsic', () => {
  it('knows all 18 functions', () => {
    expect(INTRINSIC_NAMES).toHaveLength(18);
  });

  it('keeps the text and the call tree', () => {
    const fn = compileIntrinsic('States.MathAdd($.a, States.ArrayLength($.b))');
    expect(fn.text).toBe('States.MathAdd($.a, States.ArrayLength($.b))');
    expect(fn.call.name).toBe('States.MathAdd');
    expect(fn.call.args.map((arg) => arg.kind)).toEqual(['path', 'call']);
  });

  it('reads numbers: negative, decimal and with exponents', () => {
    expect(evaluate('States.Array(0, -1, 1.5, -0.25, 1e3, 2.5E-1)')).toEqual([0, -1, 1.5, -0.25, 1000, 0.25]);
  });

  it('reads true, false and null', () => {
    expect(evaluate('States.Array(true, false, null)')).toEqual([true, false, null]);
  });

  it("reads quoted strings with the escapes \\' \\{ \\} \\\\", () => {
    expect(evaluate("States.Array('it\\'s', '\\{x\\}', 'a\\\\b', '')")).toEqual(["it's", '{x}', 'a\\b', '']);
  });

  it('reads input, Context and variable paths', () => {
    const context = { Execution: { Id: 'arn:exec' } };
    expect(evaluate('States.Array($.a, $$.Execution.Id, $v.x)', { a: 1 }, { context, variables: { v: { x: 2 } } })).toEqual([
      1,
      'arn:exec',
      2,
    ]);
  });

  it('keeps commas, spaces and parentheses inside a path argument part of the path', () => {
    const input = {
      a: [
        { x: 'y, z', n: 1 },
        { x: 'q', n: 2 },
      ],
      'odd key': 5,
    };
    expect(evaluate("States.Array($.a[?(@.x == 'y, z')].n, $['odd key'], $.a.length())", input)).toEqual([[1], 5, 2]);
  });

  it('rejects a path the JSONPath module rejects, naming where the path starts', () => {
    const error = syntaxError('States.Array($.a..)');
    expect(error.position).toBe(13);
    expect(error.problem).toContain('invalid path "$.a.."');
  });

  it('allows spaces around arguments and before the parenthesis', () => {
    expect(evaluate('  States.Array( $.a ,  2 )  ', { a: 1 })).toEqual([1, 2]);
  });

  it('allows 10 nested calls, the AWS limit, and rejects 11', () => {
    expect(evaluate(nested(10))).toEqual([[[[[[[[[[1]]]]]]]]]]);
    expect(syntaxError(nested(11)).message).toMatchInlineSnapshot(
      `"Invalid intrinsic function call "States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(1)))))))))))" at position 130: intrinsic functions can be nested at most 10 deep (an AWS limit)"`,
    );
  });

  it('rejects an unknown function and suggests the closest name', () => {
    const error = syntaxError("States.Fromat('{}', 1)");
    expect(error.position).toBe(0);
    expect(error.problem).toMatchInlineSnapshot(`"unknown intrinsic function 'States.Fromat'; did you mean 'States.Format'?"`);
    expect(syntaxError('States.arraylength($.a)').problem).toContain("did you mean 'States.ArrayLength'?");
  });

  it('rejects a wrong number of arguments', () => {
    expect(syntaxError('States.ArrayPartition($.a)').problem).toMatchInlineSnapshot(
      `"States.ArrayPartition takes 2 arguments, but 1 was given"`,
    );
    expect(syntaxError('States.UUID(1)').problem).toBe('States.UUID takes 0 arguments, but 1 was given');
    expect(syntaxError('States.Format()').problem).toBe('States.Format takes at least 1 argument, but 0 were given');
    expect(syntaxError('States.MathRandom(1, 2, 3, 4)').problem).toBe('States.MathRandom takes 2 to 3 arguments, but 4 were given');
  });

  it('names the problem and its position for malformed text', () => {
    const problems = Object.fromEntries(
      [
        "States.Format('x'",
        "States.Format('x",
        'States.Array(1,)',
        'States.Array(1 2)',
        'States.Array(1) trailing',
        'States.Array(1.)',
        'States.Array(.5)',
        'States.Array(01)',
        'States.Array(truex)',
        'States.Array([1,2])',
        'States.Array("x")',
        'States.Array($.a[0)',
        'States.Array',
      ].map((text) => {
        const error = syntaxError(text);
        return [text, `@${error.position}: ${error.problem}`];
      }),
    );
    expect(problems).toMatchInlineSnapshot(`
      {
        "States.Array": "@12: expected '(' after States.Array, found the end of the text",
        "States.Array("x")": "@13: argument 1 of States.Array must be a 'quoted string', a number, true, false, null, a path ($.x, $$.x or $variable) or an intrinsic call; found "\\""",
        "States.Array($.a[0)": "@18: unexpected ")" in path",
        "States.Array(.5)": "@13: argument 1 of States.Array must be a 'quoted string', a number, true, false, null, a path ($.x, $$.x or $variable) or an intrinsic call; found ".5"",
        "States.Array(01)": "@14: unexpected "1" after 0",
        "States.Array(1 2)": "@15: expected ',' or ')' after argument 1 of States.Array, found "2"",
        "States.Array(1) trailing": "@16: unexpected text after the closing parenthesis of the call",
        "States.Array(1,)": "@15: argument 2 of States.Array is empty",
        "States.Array(1.)": "@14: unexpected "." after 1",
        "States.Array([1,2])": "@13: argument 1 of States.Array must be a 'quoted string', a number, true, false, null, a path ($.x, $$.x or $variable) or an intrinsic call; found "["",
        "States.Array(truex)": "@13: argument 1 of States.Array must be a 'quoted string', a number, true, false, null, a path ($.x, $$.x or $variable) or an intrinsic call; found "truex"",
        "States.Format('x": "@14: string literal is not closed with a single quote",
        "States.Format('x'": "@17: expected ',' or ')' after argument 1 of States.Format, found the end of the text",
      }
    `);
  });

  it('defers an unpaired backslash to evaluation, where AWS fails it', () => {
    const text = "States.Format('a\\qb')";
    expect(() => compileIntrinsic(text)).not.toThrow();
    expect(failure(text)).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.Format('a\\qb'). Invalid arguments in States.Format: unpaired backslash '\\q' at position 16; the only escapes in a string literal are \\', \\{, \\} and \\\\",
        "error": "States.Runtime",
      }
    `);
  });
});

describe('literal argument types', () => {
  it('rejects a literal that is not a number where only numbers work, with the definition', () => {
    expect(syntaxError("States.MathAdd(1,'-1')").message).toMatchInlineSnapshot(
      `"Invalid intrinsic function call "States.MathAdd(1,'-1')" at position 0: argument 2 of States.MathAdd must be a number (or a path to one); got the string '-1'"`,
    );
    expect(syntaxError('States.ArrayGetItem($.a, true)').message).toContain('argument 2 of States.ArrayGetItem must be a number');
    expect(syntaxError('States.MathRandom(1, 10, null)').message).toContain('argument 3 of States.MathRandom must be a number');
  });

  it('leaves paths and nested calls to the run, where their values are known', () => {
    expect(() => compileIntrinsic('States.MathAdd($.a, States.ArrayLength($.b))')).not.toThrow();
    expect(() => compileIntrinsic('States.ArrayRange(0, $.n, 1)')).not.toThrow();
  });
});

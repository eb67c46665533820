import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/query/intrinsics/string.js';
import { evaluate, failure } from './support.js';

describe('States.Format', () => {
  const one = "States.Format('Formatting argument {}.', $.FunctionInput)";
  const two = "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)";

  it('puts strings in unquoted and scalars as JSON (recorded on AWS)', () => {
    expect(evaluate(one, { FunctionInput: 'HelloWorld' })).toBe('Formatting argument HelloWorld.');
    expect(evaluate(one, { FunctionInput: null })).toBe('Formatting argument null.');
    expect(evaluate(one, { FunctionInput: 1 })).toBe('Formatting argument 1.');
    expect(evaluate(one, { FunctionInput: 1.1 })).toBe('Formatting argument 1.1.');
    expect(evaluate(one, { FunctionInput: '{"Arg1": 1, "Arg2": []}' })).toBe('Formatting argument {"Arg1": 1, "Arg2": []}.');
    expect(evaluate(two, { FunctionInput: { fst: '', snd: '' } })).toBe('Formatting arguments fst= and snd=.');
    expect(evaluate(two, { FunctionInput: { fst: ' ', snd: ' ' } })).toBe('Formatting arguments fst=  and snd= .');
  });

  it('renders objects in Java map style, {Arg1=1, Arg2=[]} (recorded on AWS)', () => {
    const obj = { Arg1: 1, Arg2: [] };
    expect(evaluate(two, { FunctionInput: { fst: obj, snd: obj } })).toBe(
      'Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}.',
    );
  });

  it('renders arrays Java style, elements separated by ", " and strings unquoted', () => {
    expect(formatValue([1, 'a', null, true, { k: ['x'] }])).toBe('[1, a, null, true, {k=[x]}]');
  });

  it('formats booleans, literals and nested calls', () => {
    expect(evaluate("States.Format('{} {} {}', $.a, $.b, $.c)", { a: 'x', b: 2, c: true })).toBe('x 2 true');
    expect(evaluate("States.Format('Format:{}', 101)")).toBe('Format:101');
    expect(evaluate("States.Format('arn:{}:{}', $.svc, States.JsonToString($.obj))", { svc: 'lambda', obj: { k: 1 } })).toBe(
      'arn:lambda:{"k":1}',
    );
    expect(evaluate("States.Format('no placeholders')")).toBe('no placeholders');
  });

  it('reads the template from a path too', () => {
    expect(evaluate('States.Format($.t, $.n)', { t: 'Hello {}', n: 'Ada' })).toBe('Hello Ada');
  });

  it("treats \\{ and \\} as literal braces and \\' as a quote", () => {
    expect(evaluate("States.Format('This value is \\{{}\\}', 'Foo')")).toBe('This value is {Foo}');
    expect(evaluate("States.Format('\\{\\}')")).toBe('{}');
    expect(evaluate("States.Format('Name: \\'{}\\'', $.n)", { n: 'Gabriel' })).toBe("Name: 'Gabriel'");
    expect(evaluate("States.Format('a\\\\b {}', 1)")).toBe('a\\b 1');
  });

  it('fails when the placeholder count differs from the argument count', () => {
    expect(failure("States.Format('{} {}', $.a)", { a: 'x' })).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.Format('{} {}', $.a). Invalid arguments in States.Format",
        "error": "States.Runtime",
      }
    `);
    expect(failure("States.Format('{}', $.a, $.b)", { a: 'x', b: 'y' }).error).toBe('States.Runtime');
  });

  it('fails on an unpaired brace in the template', () => {
    for (const template of ['Hello {', 'Hello {{}}', '}']) {
      expect(failure(`States.Format('${template}', $.a)`, { a: 'x' }).cause).toContain('Invalid arguments in States.Format');
    }
  });

  it('fails when the template is not a string', () => {
    expect(failure('States.Format($.t, $.n)', { t: 123, n: 'Ada' }).cause).toContain('Invalid arguments in States.Format');
  });
});

describe('States.StringSplit', () => {
  const call = 'States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)';

  it('drops empty pieces (recorded on AWS)', () => {
    expect(evaluate(call, { FunctionInput: { fst: ' ', snd: ',' } })).toEqual([' ']);
    expect(evaluate(call, { FunctionInput: { fst: ', , ,', snd: ',' } })).toEqual([' ', ' ']);
    expect(evaluate(call, { FunctionInput: { fst: ',,,,', snd: ',' } })).toEqual([]);
  });

  it('splits a Context value and keeps newlines inside pieces (recorded on AWS)', () => {
    const text = "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
    expect(
      evaluate(
        "States.StringSplit($$.Execution.Input.FunctionInput, ',')",
        {},
        { context: { Execution: { Input: { FunctionInput: text } } } },
      ),
    ).toEqual(['Value1', 'Value2', 'Value3\nValue4', 'Value5', 'Value6\n', '\ntrue', '1', "'HelloWorld'\nNull", 'None', '\n   \n']);
  });

  it('splits at any character of the delimiter string, not at the whole string', () => {
    expect(evaluate("States.StringSplit('This.is+a,test=string', '.+,=')")).toEqual(['This', 'is', 'a', 'test', 'string']);
    expect(evaluate("States.StringSplit('a-b--c', '--')")).toEqual(['a', 'b', 'c']);
  });

  it('returns the whole text when there are no delimiters, and [] for empty text', () => {
    expect(evaluate("States.StringSplit('abc', '')")).toEqual(['abc']);
    expect(evaluate("States.StringSplit('', ',')")).toEqual([]);
  });

  it('fails on non-string arguments', () => {
    expect(failure("States.StringSplit($.a, ',')", { a: 1 }).cause).toContain('Invalid arguments in States.StringSplit');
  });
});

import { describe, expect, it } from 'vitest';
import { StatesError } from '../../src/asl/states-error.js';
import {
  compileJsonata,
  evaluateJsonata,
  isJsonataExpression,
  jsonataUnexpectedType,
  JsonataSyntaxError,
  queryEvaluationLocation,
  staticValue,
} from '../../src/query/jsonata.js';
import { env, evaluate, failure } from './jsonata/support.js';

describe('isJsonataExpression', () => {
  it('accepts a string that starts with {% and ends with %} (ASL-REFERENCE §3.2)', () => {
    expect(isJsonataExpression('{% $states.input %}')).toBe(true);
    expect(isJsonataExpression('{%1%}')).toBe(true);
  });

  it('treats anything before or after the delimiters as a literal string (recorded on AWS)', () => {
    expect(isJsonataExpression(' {% states.input %} ')).toBe(false);
    expect(isJsonataExpression('{% x %} ')).toBe(false);
    expect(isJsonataExpression('$states.input')).toBe(false);
    expect(isJsonataExpression("States.Format('{}', $x)")).toBe(false);
  });

  it('needs both delimiters, not overlapping, and a string', () => {
    expect(isJsonataExpression('{%}')).toBe(false);
    expect(isJsonataExpression('{% x')).toBe(false);
    expect(isJsonataExpression(42)).toBe(false);
    expect(isJsonataExpression(null)).toBe(false);
  });
});

describe('compileJsonata', () => {
  it('marks a value without expressions static and returns it without evaluation', () => {
    const literal = { constant_str: 'constant string', lst: [null, 0, 0.1, true, [], { constant: 0 }] };
    const compiled = compileJsonata(literal, 'Output');
    expect(compiled.isStatic).toBe(true);
    expect(compiled.field).toBe('Output');
    expect(compiled.expression).toBeUndefined();
    expect(staticValue(compiled)).toEqual(literal);
  });

  it('is not static when an expression is nested anywhere', () => {
    const compiled = compileJsonata({ a: [1, { b: '{% 1 %}' }] }, 'Arguments');
    expect(compiled.isStatic).toBe(false);
    expect(staticValue(compiled)).toBeUndefined();
  });

  it('keeps the trimmed expression text of a whole-field expression, as AWS quotes it', () => {
    expect(compileJsonata('{% $fn := function($x){$x} %}', 'Items').expression).toBe('$fn := function($x){$x}');
    expect(compileJsonata('{%$states.input%}', 'Items').expression).toBe('$states.input');
  });

  it('throws JsonataSyntaxError naming the field, the expression, the code and the position', () => {
    let error: unknown;
    try {
      compileJsonata({ result: { deep: '{% $states.input.[ %}' } }, 'Output');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonataSyntaxError);
    const syntax = error as JsonataSyntaxError;
    expect(syntax.field).toBe('Output/result/deep');
    expect(syntax.expression).toBe('$states.input.[');
    expect(syntax.code).toMatch(/^S0\d{3}$/);
    expect(syntax.message).toMatchInlineSnapshot(
      `"The JSONata expression '$states.input.[' specified for the field 'Output/result/deep' is not valid JSONata: S0203 at position 15: Expected "]" before end of expression. Check the expression's brackets, quotes (strings use single quotes) and operators."`,
    );
  });

  it('rejects an empty expression', () => {
    expect(() => compileJsonata('{%  %}', 'Output')).toThrow(JsonataSyntaxError);
  });

  it('parses each expression once: evaluation does not parse again', async () => {
    const compiled = compileJsonata('{% $states.input.n * 2 %}', 'Output');
    expect(await evaluateJsonata(compiled, env({ input: { n: 1 } }))).toBe(2);
    expect(await evaluateJsonata(compiled, env({ input: { n: 5 } }))).toBe(10);
  });
});

describe('evaluateJsonata: templates', () => {
  it('evaluates nested expressions and keeps literals, including `.$` keys and JSONPath-looking strings (recorded on AWS)', async () => {
    const output = {
      ja_expr: '{% $sum($states.input.input_values) + $var_constant_1 %}',
      ja_var_access: '{% $var_input_value %}',
      'constant_jp_input.$': '$',
      constant_not_jsonata: ' {% states.input %} ',
      constant_if: "States.Format('Format:{}', 101)",
      lst: [null, 0, 0.1, true, 'string', [], '$nosuchvar', '{% $states.input.input_value %}', { key: '{% true %}' }],
    };
    const input = { input_value: 'string literal', input_values: [1, 2, 3] };
    const variables = { var_constant_1: 1, var_input_value: 'string literal' };
    expect(await evaluate(output, { input, variables })).toEqual({
      ja_expr: 7,
      ja_var_access: 'string literal',
      'constant_jp_input.$': '$',
      constant_not_jsonata: ' {% states.input %} ',
      constant_if: "States.Format('Format:{}', 101)",
      lst: [null, 0, 0.1, true, 'string', [], '$nosuchvar', 'string literal', { key: true }],
    });
  });

  it('binds $states.input, $states.context, $states.result and $states.errorOutput', async () => {
    const value = {
      input: '{% $states.input %}',
      context: '{% $states.context.State.Name %}',
      result: '{% $states.result.Payload %}',
      error: '{% $states.errorOutput.Error %}',
    };
    const options = {
      input: { a: 1 },
      context: { State: { Name: 'State0' } },
      result: { Payload: { ok: true } },
      errorOutput: { Error: 'Exception', Cause: 'boom' },
    };
    expect(await evaluate(value, options)).toEqual({
      input: { a: 1 },
      context: 'State0',
      result: { ok: true },
      error: 'Exception',
    });
  });

  it('evaluates the whole field as one expression, returning any JSON type (recorded on AWS)', async () => {
    expect(
      await evaluate('{% $merge([$states.input.part1, $states.input.part2]) %}', {
        input: { part1: { hello: 'world' }, part2: { foo: 'bar' } },
      }),
    ).toEqual({ hello: 'world', foo: 'bar' });
    expect(await evaluate("{% $contains('hello$world', /^hello\\$/) %}")).toBe(true);
    expect(await evaluate("{% $contains('hello$world', /^hello\\ /) %}")).toBe(false);
    expect(await evaluate('{% $variable := 1 %}', {}, 'MaxConcurrency')).toBe(1);
    expect(await evaluate("{% $states.input = '\"' %}", { input: '"' })).toBe(true);
  });

  it('binds workflow variables as $name, and := never changes them', async () => {
    const variables = { x: 5 };
    expect(await evaluate('{% ($x := 42; $x) %}', { variables })).toBe(42);
    expect(variables.x).toBe(5);
  });

  it('has an empty root document: top-level $ and bare field names find nothing (ASL-REFERENCE §3.2)', async () => {
    expect((await failure('{% $ %}', { input: { a: 1 } })).cause).toBe(
      "The JSONata expression '$' specified for the field 'Output' returned nothing (undefined).",
    );
    expect((await failure('{% a %}', { input: { a: 1 } })).cause).toContain('returned nothing (undefined)');
  });

  it('reads $ and field names nested in an expression against the data in front of them', async () => {
    expect(
      await evaluate('{% $states.input.orders[total > 10].id %}', {
        input: {
          orders: [
            { id: 1, total: 5 },
            { id: 2, total: 20 },
          ],
        },
      }),
    ).toBe(2);
  });

  it('evaluates the same compiled field for concurrent executions without mixing their data', async () => {
    const compiled = compileJsonata({ n: '{% $states.input.n %}', v: '{% $v %}' }, 'Output');
    const runs = Array.from({ length: 20 }, (_, n) => evaluateJsonata(compiled, env({ input: { n }, variables: { v: n * 10 } })));
    expect(await Promise.all(runs)).toEqual(Array.from({ length: 20 }, (_, n) => ({ n, v: n * 10 })));
  });
});

describe('evaluateJsonata: results that are not JSON', () => {
  it('normalises JSONata sequences to plain arrays, and a singleton sequence to its item', async () => {
    const input = { items: [{ p: 1 }, { p: 2 }] };
    const many = await evaluate('{% $states.input.items.p %}', { input });
    expect(many).toEqual([1, 2]);
    expect(Object.keys(many as object)).toEqual(['0', '1']);
    expect(await evaluate('{% $states.input.items[p = 2].p %}', { input })).toBe(2);
  });

  it('drops object keys whose value is undefined inside an expression (plain JSONata, ASL-REFERENCE §3.7)', async () => {
    expect(await evaluate("{% {'k': $missing, 'b': 1} %}")).toEqual({ b: 1 });
    expect(await evaluate('{% [1, $missing, 3] %}')).toEqual([1, 3]);
  });

  it('writes Infinity and NaN as null, as JSON text would, and -0 as 0', async () => {
    expect(await evaluate('{% 1/0 %}')).toBeNull();
    expect(Object.is(await evaluate('{% -0 %}'), 0)).toBe(true);
  });

  it('keeps a data key named __proto__ as data without re-parenting anything', async () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const result = (await evaluate({ copy: '{% $states.input %}' }, { input: input as never })) as Record<string, unknown>;
    expect(Object.keys(result['copy'] as object)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const built = await evaluate("{% $merge([{'a': 1}, {'b': $states.input.a}]) %}", { input: input as never });
    expect(built).toEqual({ a: 1, b: 1 });
  });
});

describe('States.QueryEvaluationError causes (AWS wording, ASL-REFERENCE §3.7)', () => {
  it('an undefined result at the top of a field', async () => {
    expect(await failure('{% $doesNotExist %}', {}, 'Arguments')).toEqual({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$doesNotExist' specified for the field 'Arguments' returned nothing (undefined).",
      location: 'Arguments',
    });
  });

  it('an undefined result as the whole value of a nested field names the nested path', async () => {
    expect(await failure({ FunctionName: '{% $doesNotExist %}' }, {}, 'Arguments')).toEqual({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$doesNotExist' specified for the field 'Arguments/FunctionName' returned nothing (undefined).",
      location: 'Arguments/FunctionName',
    });
    expect((await failure({ result: '{% $doesNotExist %}' })).location).toBe('Output/result');
    expect((await failure({ error: '{% $stateError %}' })).cause).toBe(
      "The JSONata expression '$stateError' specified for the field 'Output/error' returned nothing (undefined).",
    );
  });

  it('extends the path with array indexes and nested keys', async () => {
    expect((await failure({ a: { b: [1, '{% $nope %}'] } }, {}, 'Assign')).location).toBe('Assign/a/b/1');
  });

  it('reports the first failing expression in document order', async () => {
    expect((await failure({ first: '{% $one %}', second: '{% $two %}' })).location).toBe('Output/first');
  });

  it('a function result is an unsupported result type', async () => {
    expect(await failure('{% $fn := function($x){$x} %}', {}, 'Items')).toEqual({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.",
      location: 'Items',
    });
    expect((await failure("{% {'f': $sum} %}")).cause).toContain('returned an unsupported result type.');
    expect((await failure('{% /abc/ %}')).cause).toContain('returned an unsupported result type.');
  });

  it('an error thrown during evaluation prints JSONata code and message', async () => {
    expect(
      await failure(
        { FunctionResult: '{% $randomSeeded($states.input.FunctionInput.fst) %}' },
        {
          input: { FunctionInput: 'fst' },
        },
      ),
    ).toEqual({
      error: 'States.QueryEvaluationError',
      cause:
        "The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
      location: 'Output/FunctionResult',
    });
  });

  it('a JSONata type error', async () => {
    expect((await failure("{% 1 + 'a' %}")).cause).toMatchInlineSnapshot(
      `"The JSONata expression '1 + 'a'' specified for the field 'Output' threw an error during evaluation. T2002: The right side of the "+" operator must evaluate to a number"`,
    );
  });

  it('is a StatesError the engine can read the location from', async () => {
    const compiled = compileJsonata('{% $nope %}', 'Condition');
    const error = await evaluateJsonata(compiled, env()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatesError);
    expect(queryEvaluationLocation(error as StatesError)).toBe('Condition');
    expect(queryEvaluationLocation(new StatesError('States.Runtime', 'x'))).toBeUndefined();
  });

  it('jsonataUnexpectedType words a value of the wrong JSON type (recorded on AWS for Items)', () => {
    const items = compileJsonata('{% $ItemsVar %}', 'Items');
    const cause = (value: Parameters<typeof jsonataUnexpectedType>[2]) => jsonataUnexpectedType(items, 'array', value).causeText;
    expect(cause(1)).toBe(
      "The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1",
    );
    expect(cause(null)).toContain("Expected 'array', but was 'null' for value: null");
    expect(cause(true)).toContain("Expected 'array', but was 'boolean' for value: true");
    expect(cause('string')).toContain(`Expected 'array', but was 'string' for value: "string"`);
    expect(jsonataUnexpectedType(compileJsonata("{% {'foo': 'bar'} %}", 'Items'), 'array', { foo: 'bar' }).causeText).toBe(
      `The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {"foo":"bar"}`,
    );
    expect(queryEvaluationLocation(jsonataUnexpectedType(items, 'array', 1))).toBe('Items');
  });
});

describe('evaluateJsonata: data passed in', () => {
  it('returns arrays read from the data as they are, including one-item arrays', async () => {
    expect(await evaluate('{% $states.input.items %}', { input: { items: [5] } })).toEqual([5]);
    expect(await evaluate('{% $states.input %}', { input: [1] })).toEqual([1]);
    expect(await evaluate('{% $v %}', { variables: { v: [[1]] } })).toEqual([[1]]);
  });

  it('never changes the state input, the context or the variables', async () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const item of Object.values(value)) deepFreeze(item);
        Object.freeze(value);
      }
      return value;
    };
    const input = deepFreeze({
      items: [
        { id: 2, tags: ['b'] },
        { id: 1, tags: ['a'] },
      ],
      n: [3, 1, 2],
    });
    const variables = deepFreeze({ v: { k: [1] } });
    const expressions = [
      '{% $states.input.items^(id) %}',
      '{% $sort($states.input.n) %}',
      "{% $states.input ~> |items|{'id': 0}| %}",
      '{% $merge([$v, {"k": 2}]) %}',
      '{% $append($states.input.n, $v.k) %}',
      '{% $states.input.items{$string(id): tags} %}',
      '{% $states.input.items.tags[0] %}',
      '{% $reverse($states.input.n) %}',
    ];
    for (const expression of expressions) await evaluate(expression, { input, variables });
    expect(input).toEqual({
      items: [
        { id: 2, tags: ['b'] },
        { id: 1, tags: ['a'] },
      ],
      n: [3, 1, 2],
    });
    expect(variables).toEqual({ v: { k: [1] } });
  });
});

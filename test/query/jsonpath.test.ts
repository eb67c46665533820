import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/asl/json.js';
import { StatesError } from '../../src/asl/states-error.js';
import { compilePath, evaluatePath, PathSyntaxError, setAtReferencePath, type PathResult } from '../../src/query/jsonpath.js';
import type { PathScope } from '../../src/query/path-scope.js';

function scopeOf(input: Json, context: Json = {}, variables: Record<string, Json> = {}): PathScope {
  return {
    input,
    context: () => context,
    variable: (name) => (Object.hasOwn(variables, name) ? variables[name] : undefined),
  };
}

function read(path: string, input: Json, context?: Json, variables?: Record<string, Json>): PathResult {
  return evaluatePath(compilePath(path), scopeOf(input, context, variables));
}

function value(path: string, input: Json): Json {
  const result = read(path, input);
  if (!result.found) throw new Error(`expected ${path} to find a value, got: ${result.message}`);
  return result.value;
}

function miss(path: string, input: Json): string {
  const result = read(path, input);
  if (result.found) throw new Error(`expected ${path} to miss, got ${JSON.stringify(result.value)}`);
  return result.message;
}

function syntaxError(path: string): string {
  try {
    compilePath(path);
  } catch (error) {
    expect(error).toBeInstanceOf(PathSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected ${path} not to compile`);
}

/** Jayway's README document. */
const store: Json = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'The Lord of the Rings', isbn: '0-395-19395-8', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  expensive: 10,
};

describe('compilePath', () => {
  it('reads the root of a path: $ is the input, $$ the Context object, $name a variable', () => {
    expect(compilePath('$.a').root).toBe('input');
    expect(compilePath('$').root).toBe('input');
    expect(compilePath('$[0]').root).toBe('input');
    expect(compilePath('$$.Execution.Id').root).toBe('context');
    expect(compilePath('$$').root).toBe('context');
    const variable = compilePath('$myVar.x[0]');
    expect(variable.root).toBe('variable');
    expect(variable.variableName).toBe('myVar');
    expect(compilePath('$_private').variableName).toBe('_private');
    expect(compilePath('$total_2').variableName).toBe('total_2');
    expect(compilePath('$données').variableName).toBe('données');
  });

  it('leaves variableName out for input and context paths', () => {
    expect('variableName' in compilePath('$.a')).toBe(false);
    expect('variableName' in compilePath('$$.a')).toBe(false);
  });

  it('keeps the original text', () => {
    expect(compilePath("$['x y'].z").text).toBe("$['x y'].z");
    expect(compilePath(' $.a ').text).toBe(' $.a ');
  });

  it('calls a path definite when every step selects at most one node (Jayway isDefinite)', () => {
    for (const path of ['$', '$.a.b[0]', "$['x y']", '$[-1]', "$['a','b']", '$.a.length()', '$$.Map.Item.Value']) {
      expect(compilePath(path).definite, path).toBe(true);
    }
    for (const path of ['$[*]', '$.*', '$..a', '$[0,1]', '$[1:3]', '$[-2:]', '$[?(@.a)]', '$.a[*].length()']) {
      expect(compilePath(path).definite, path).toBe(false);
    }
  });

  it('calls a path a Reference Path when it only has single names and single indexes (ASL-REFERENCE §2.2)', () => {
    for (const path of ['$', '$.a', "$.a['b c'][0]", '$$.Execution.Input', '$v.x[2]']) {
      expect(compilePath(path).isReferencePath, path).toBe(true);
    }
    for (const path of ['$.a.length()', "$['a','b']", '$[0,1]', '$[*]', '$..a', '$[1:]', '$[?(@.a)]']) {
      expect(compilePath(path).isReferencePath, path).toBe(false);
    }
  });

  it('rejects text that is not a path, naming the problem and where it is', () => {
    expect(syntaxError('')).toBe("a path must not be empty (at position 0 of '')");
    expect(syntaxError('a.b')).toBe("a path must start with '$' (at position 0 of 'a.b')");
    expect(syntaxError('@.a')).toBe("a path must start with '$' (at position 0 of '@.a')");
    expect(syntaxError('$.')).toBe("a path must not end with '.' or '..' (at position 1 of '$.')");
    expect(syntaxError('$.a..')).toBe("a path must not end with '.' or '..' (at position 4 of '$.a..')");
    expect(syntaxError('$...a')).toBe("unexpected '.' (at position 3 of '$...a')");
    expect(syntaxError('$.a b')).toBe("a property name with blanks needs brackets, e.g. $['my prop'] (at position 3 of '$.a b')");
    expect(syntaxError('$1')).toBe("expected '.' or '[' after the root, found '1' (at position 1 of '$1')");
    expect(syntaxError('$$$')).toBe("expected '.' or '[' after the root, found '$' (at position 2 of '$$$')");
    expect(syntaxError("$['a")).toBe("the name is not closed: missing ' (at position 2 of '$['a')");
    expect(syntaxError("$['a'")).toBe("a quoted name must be followed by ',' or ']' (at position 5 of '$['a'')");
    expect(syntaxError("$['a' 'b']")).toBe("a quoted name must be followed by ',' or ']' (at position 5 of '$['a' 'b']')");
    expect(syntaxError("$['a',]")).toBe("empty name in a property union (at position 6 of '$['a',]')");
    expect(syntaxError('$[a]')).toBe(
      "cannot read the bracket: expected a quoted name, an index, a slice, '*' or '?(...)' (at position 1 of '$[a]')",
    );
    expect(syntaxError('$[1 2]')).toBe("cannot read the index [1 2] (at position 2 of '$[1 2]')");
    expect(syntaxError('$[99999999999]')).toBe("cannot read the index [99999999999] (at position 2 of '$[99999999999]')");
    expect(syntaxError('$[*')).toBe("expected ']' after '[*' (at position 3 of '$[*')");
  });

  it('rejects slices with a step only, as Jayway has no step', () => {
    expect(syntaxError('$[::2]')).toBe(
      "cannot read the slice [::2]: give a start, an end or both (Jayway has no step) (at position 2 of '$[::2]')",
    );
    expect(syntaxError('$[:]')).toBe(
      "cannot read the slice [:]: give a start, an end or both (Jayway has no step) (at position 2 of '$[:]')",
    );
  });

  it('accepts the Jayway path functions without arguments, as the last step only', () => {
    expect(compilePath('$.a.length()').definite).toBe(true);
    expect(syntaxError('$.a.size()')).toBe(
      "unknown path function 'size()'; AWS (Jayway) knows length(), min(), max(), avg(), stddev(), sum() (at position 4 of '$.a.size()')",
    );
    expect(syntaxError('$.a.length().b')).toBe("a path function such as length() must end the path (at position 12 of '$.a.length().b')");
    expect(syntaxError('$.a.max(1)')).toBe("path functions take no arguments here: max(...) (at position 8 of '$.a.max(1)')");
    expect(syntaxError('$.a.max(')).toBe("the arguments of function 'max' are not closed (at position 7 of '$.a.max(')");
  });

  it('rejects the [?] filter placeholder, which needs a Java predicate', () => {
    expect(syntaxError('$.a[?]')).toBe("a filter needs a condition in parentheses, e.g. [?(@.price < 10)] (at position 4 of '$.a[?]')");
  });

  it('turns absurd nesting into a syntax error rather than a host error', () => {
    const deep = `$[?(${'('.repeat(20000)}@.a${')'.repeat(20000)})]`;
    expect(() => compilePath(deep)).toThrow(PathSyntaxError);
  });
});

describe('evaluatePath', () => {
  describe('reference paths (the fast path)', () => {
    it('reads the whole input with $', () => {
      expect(read('$', { a: 1 })).toEqual({ found: true, value: { a: 1 } });
      expect(read('$', null)).toEqual({ found: true, value: null });
      expect(read('$', 'text')).toEqual({ found: true, value: 'text' });
    });

    it('reads nested properties and indexes', () => {
      expect(value('$.a.b[1].c', { a: { b: [{}, { c: 'deep' }] } })).toBe('deep');
      expect(value('$.a', { a: null })).toBeNull();
      expect(value('$.a', { a: false })).toBe(false);
    });

    it('reads an array element by index (AWS: base.test_json_path_array_access)', () => {
      const items = Array.from({ length: 11 }, (_, i) => ({ item_key: i }));
      expect(value('$.items[0]', { items })).toEqual({ item_key: 0 });
      expect(value('$.items[10]', { items })).toEqual({ item_key: 10 });
    });

    it('counts a negative index from the end, as Jayway does', () => {
      expect(value('$[-1]', [1, 2, 3])).toBe(3);
      expect(value('$.a[-3]', { a: [1, 2, 3] })).toBe(1);
      expect(miss('$.a[-4]', { a: [1, 2, 3] })).toBe("No results for path: $['a'][-4]");
    });

    it('reads property names with dashes, digits, unicode and anything but . [ ( in dot notation', () => {
      const input = { 'a-b': 1, a_b: 2, a1: 3, délai: 4, 日本: 5, 'a*b': 6, "it's": 7, 'a]': 8 };
      expect(value('$.a-b', input)).toBe(1);
      expect(value('$.a_b', input)).toBe(2);
      expect(value('$.a1', input)).toBe(3);
      expect(value('$.délai', input)).toBe(4);
      expect(value('$.日本', input)).toBe(5);
      expect(value('$.a*b', input)).toBe(6);
      expect(value("$.it's", input)).toBe(7);
      expect(value('$.a]', input)).toBe(8);
    });

    it('reads bracket-quoted names with blanks, dots, brackets and the other quote', () => {
      const input = { 'x y': 1, 'a.b': 2, '[0]': 3, 'say "hi"': 4, "it's": 5, '': 6 };
      expect(value("$['x y']", input)).toBe(1);
      expect(value('$["x y"]', input)).toBe(1);
      expect(value("$[ 'a.b' ]", input)).toBe(2);
      expect(value("$['[0]']", input)).toBe(3);
      expect(value(`$['say "hi"']`, input)).toBe(4);
      expect(value(`$["it's"]`, input)).toBe(5);
      expect(value("$['']", input)).toBe(6);
      expect(value("$.['x y']", input)).toBe(1);
    });

    it('keeps backslashes in bracket-quoted names, as AWS does (AWS: base_scenarios ESCAPE_SEQUENCES_JSONPATH)', () => {
      // The definite path `$['Test\""Name"']` read the key `Test\""Name"` on AWS.
      expect(value(`$['Test\\""Name"']`, { 'Test\\""Name"': 'Value"\\' })).toBe('Value"\\');
      // A backslash still stops the quote from closing the name.
      expect(value(`$['it\\'s']`, { "it\\'s": 1 })).toBe(1);
    });

    it('reads the Context object with $$ (lazily)', () => {
      let built = 0;
      const scope: PathScope = {
        input: {},
        context: () => {
          built++;
          return { Execution: { Id: 'arn:aws:states:us-east-1:123456789012:execution:sm:run' } };
        },
        variable: () => undefined,
      };
      expect(evaluatePath(compilePath('$.a'), { ...scope, input: { a: 1 } })).toEqual({ found: true, value: 1 });
      expect(built).toBe(0);
      expect(evaluatePath(compilePath('$$.Execution.Id'), scope)).toEqual({
        found: true,
        value: 'arn:aws:states:us-east-1:123456789012:execution:sm:run',
      });
      expect(built).toBe(1);
    });

    it('reads workflow variables with $name', () => {
      expect(read('$total', {}, {}, { total: 42 })).toEqual({ found: true, value: 42 });
      expect(read('$order.items[1]', {}, {}, { order: { items: ['a', 'b'] } })).toEqual({ found: true, value: 'b' });
      expect(read('$nothing', {}, {}, { nothing: null })).toEqual({ found: true, value: null });
    });

    it('reports a variable that has no value in scope', () => {
      expect(read('$missing.a', {}, {}, {})).toEqual({
        found: false,
        message: "The variable '$missing' is not defined in this scope",
      });
    });
  });

  describe('misses worded as Jayway words them (AWS shows them after "Invalid path \'<path>\' : ")', () => {
    it('says "No results for path" for a missing leaf (ASL-REFERENCE §2.1)', () => {
      expect(miss('$.NoSuchInputPath', { a: 1 })).toBe("No results for path: $['NoSuchInputPath']");
      expect(miss('$.a.b', { a: {} })).toBe("No results for path: $['a']['b']");
      expect(miss('$["a"]', {})).toBe('No results for path: $["a"]');
    });

    it('names the first missing property on the way (ASL-REFERENCE §2.1)', () => {
      expect(miss('$.no.such.result.path', { a: 1 })).toBe("Missing property in path $['no']");
      expect(miss('$.a.b.c', { a: {} })).toBe("Missing property in path $['a']['b']");
    });

    it('says "No results" for an index out of range, leaf or not', () => {
      expect(miss('$.items[20]', { items: [1] })).toBe("No results for path: $['items'][20]");
      expect(miss('$.items[20].x', { items: [1] })).toBe("No results for path: $['items'][20]['x']");
    });

    it('names the Java type found where an object was expected', () => {
      expect(miss('$.a.b', { a: 5 })).toBe(
        "Expected to find an object with property ['b'] in path $['a'] but found 'java.lang.Integer'. " +
          "This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.",
      );
      expect(miss('$.a.b', { a: null })).toContain("but found 'null'.");
      expect(miss('$.a.b', { a: 'text' })).toContain("but found 'java.lang.String'.");
      expect(miss('$.a.b', { a: 1.5 })).toContain("but found 'java.lang.Double'.");
      expect(miss('$.a.b', { a: true })).toContain("but found 'java.lang.Boolean'.");
      expect(miss('$.x', [1])).toContain("property ['x'] in path $ but found 'java.util.ArrayList'.");
    });

    it('does not index into strings: they are not arrays', () => {
      expect(miss('$.s[0]', { s: 'abc' })).toBe('Filter: [0] can only be applied to arrays. Current context is: abc');
      expect(miss('$.s.length', { s: 'abc' })).toContain("property ['length'] in path $['s'] but found 'java.lang.String'");
    });

    it('prints the rest of the path and the Java view of the data when an index meets a non-array', () => {
      expect(miss('$.a[0].x', { a: { b: [1, 2], c: { d: null } } })).toBe(
        "Filter: [0]['x'] can only be applied to arrays. Current context is: {b=[1, 2], c={d=null}}",
      );
      expect(miss('$.a[0]', { a: null })).toBe("The path $['a'] is null");
    });

    it('rejects a property union before the leaf when evaluated, as AWS does', () => {
      // Observed on AWS: "Invalid path '$['a', 'b'].v' : Multi properties can only be used as path leafs: $['a', 'b']"
      expect(miss("$['a', 'b'].v", { a: { v: 1 }, b: { v: 2 } })).toBe("Multi properties can only be used as path leafs: $['a', 'b']");
    });

    it('reads a Context path miss like an input path miss', () => {
      expect(read('$$.Execution.Nope', {}, { Execution: {} })).toEqual({
        found: false,
        message: "No results for path: $['Execution']['Nope']",
      });
    });
  });

  describe('indefinite paths', () => {
    it('gathers the matches of an indefinite path into an array', () => {
      expect(value('$.store.book[*].author', store)).toEqual(['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']);
      expect(value('$..author', store)).toEqual(['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']);
      expect(value('$.store..price', store)).toEqual([8.95, 12.99, 8.99, 22.99, 19.95]);
    });

    it('gives [] when nothing matches, even through missing properties (AWS: base.test_json_path_array_wildcard_or_slice_with_no_input)', () => {
      for (const path of [
        '$[*]',
        '$.items[*].itemValue',
        '$.items[1:].itemValue',
        '$.items[:1]',
        '$.item.items[*]',
        '$.item.items[1:]',
        '$.item.items[:1]',
      ]) {
        expect(read(path, {}), path).toEqual({ found: true, value: [] });
      }
      expect(value('$.a[*]', { a: 'text' })).toEqual([]);
      expect(value('$..nothing', store)).toEqual([]);
    });

    it('reads the values of an object or the elements of an array with a wildcard', () => {
      expect(value('$.*', { a: 1, b: [2] })).toEqual([1, [2]]);
      expect(value('$[*]', [1, [2]])).toEqual([1, [2]]);
      expect(value('$.store.*', store)).toHaveLength(2);
      expect(value('$.*.b', { x: { b: 1 }, y: {}, z: 3 })).toEqual([1]);
    });

    it('selects index unions in the order written, skipping indexes out of range', () => {
      expect(value('$[2,0,-1,9]', ['a', 'b', 'c'])).toEqual(['c', 'a', 'c']);
      expect(value('$[ 0 , 1 ]', ['a', 'b', 'c'])).toEqual(['a', 'b']);
    });

    it('slices arrays as Jayway does: [from:], [from:to], [:to], negative ends from the tail', () => {
      const a = [0, 1, 2, 3, 4];
      expect(value('$[1:3]', a)).toEqual([1, 2]);
      expect(value('$[2:]', a)).toEqual([2, 3, 4]);
      expect(value('$[:2]', a)).toEqual([0, 1]);
      expect(value('$[-2:]', a)).toEqual([3, 4]);
      expect(value('$[:-2]', a)).toEqual([0, 1, 2]);
      expect(value('$[3:99]', a)).toEqual([3, 4]);
      expect(value('$[9:]', a)).toEqual([]);
      expect(value('$[3:1]', a)).toEqual([]);
    });

    it("keeps Jayway's slice quirks: a step is ignored, a negative start of [from:to] wraps per index", () => {
      expect(value('$[1:4:2]', [0, 1, 2, 3, 4])).toEqual([1, 2, 3]);
      expect(value('$[-2:2]', [0, 1, 2, 3, 4])).toEqual([3, 4, 0, 1]);
      expect(value('$[-2147483648:1]', [0, 1])).toEqual([0, 1, 0]);
    });

    it('merges a property union at the leaf into one object, as a definite path', () => {
      expect(read("$['a','c','zz']", { a: 1, b: 2, c: 3 })).toEqual({ found: true, value: { a: 1, c: 3 } });
      expect(value("$.x['a','b']", { x: {} })).toEqual({});
      expect(value("$[*]['a','b']", [{ a: 1, b: 2, c: 3 }, { b: 4 }])).toEqual([{ a: 1, b: 2 }, { b: 4 }]);
    });

    it('scans deeply in document order, the node before its children', () => {
      expect(value('$..*', { a: { b: 1 }, c: [2] })).toEqual([{ b: 1 }, [2], 1, 2]);
      expect(value('$..b', { b: 1, x: { b: 2, y: [{ b: 3 }] } })).toEqual([1, 2, 3]);
      expect(value('$..book[2].title', store)).toEqual(['Moby Dick']);
      expect(value('$..book[-1:].title', store)).toEqual(['The Lord of the Rings']);
      expect(value('$..[0]', { a: [1, [2]], b: { c: [3] } })).toEqual([1, 2, 3]);
    });

    it('applies path functions to each match', () => {
      expect(value('$.a[*].length()', { a: [[1, 2], { x: 1 }, 'abc'] })).toEqual([2, 1, null]);
    });

    it('gives [] where Jayway fails the path before it branches', () => {
      expect(value('$.a[*]', { a: null })).toEqual([]);
      expect(value('$.a.b[*]', { a: 5 })).toEqual([]);
      expect(value("$[*]['a','b'].c", [{ a: { c: 1 } }])).toEqual([]);
    });
  });

  describe('path functions', () => {
    it('counts an array or the keys of an object with length(); anything else gives null', () => {
      expect(value('$.store.book.length()', store)).toBe(4);
      expect(value('$.store.bicycle.length()', store)).toBe(2);
      expect(value('$.s.length()', { s: 'abc' })).toBeNull();
      expect(value('$.length()', [])).toBe(0);
    });

    it('aggregates the numbers of an array with min(), max(), sum(), avg(), stddev()', () => {
      const input = { n: [1, 2, 3, 'x', 4] };
      expect(value('$.n.min()', input)).toBe(1);
      expect(value('$.n.max()', input)).toBe(4);
      expect(value('$.n.sum()', input)).toBe(10);
      expect(value('$.n.avg()', input)).toBe(2.5);
      expect(value('$.n.stddev()', input)).toBeCloseTo(Math.sqrt(1.25));
    });

    it("misses an aggregation over no numbers with Jayway's message", () => {
      expect(miss('$.n.sum()', { n: [] })).toBe('Aggregation function attempted to calculate value using empty array');
      expect(miss('$.n.max()', { n: 'x' })).toBe('Aggregation function attempted to calculate value using empty array');
    });

    it('misses through a missing property before the function like any path', () => {
      expect(miss('$.items.length()', {})).toBe("Missing property in path $['items']");
    });
  });

  it('accepts a CompiledPath it did not compile, by its text', () => {
    const foreign = { text: '$.a', root: 'input', definite: true, isReferencePath: true } as const;
    expect(evaluatePath(foreign, scopeOf({ a: 1 }))).toEqual({ found: true, value: 1 });
  });

  it('reports data too deep to scan as a miss instead of throwing a host error', () => {
    let deep: Json = 1;
    for (let i = 0; i < 200000; i++) deep = [deep];
    const result = read('$..x', deep);
    expect(result).toEqual({ found: false, message: 'The data is nested too deeply to evaluate this path' });
  });
});

describe('setAtReferencePath', () => {
  it('returns the value itself for $', () => {
    expect(setAtReferencePath({ a: 1 }, compilePath('$'), 'result')).toBe('result');
  });

  it('creates missing intermediate objects (ASL-REFERENCE §2.1)', () => {
    expect(setAtReferencePath({ a: 1 }, compilePath('$.b.greeting'), 'Hi!')).toEqual({ a: 1, b: { greeting: 'Hi!' } });
  });

  it('replaces an existing value in place, keeping key order', () => {
    const out = setAtReferencePath({ a: 1, b: { c: 2 }, d: 3 }, compilePath('$.b'), 'new');
    expect(out).toEqual({ a: 1, b: 'new', d: 3 });
    expect(Object.keys(out as object)).toEqual(['a', 'b', 'd']);
  });

  it('copies only the objects along the path and shares the rest, never mutating the input', () => {
    const shared = { big: [1, 2, 3] };
    const input = { keep: shared, target: { x: 1, sibling: { y: 2 } } };
    const out = setAtReferencePath(input, compilePath('$.target.x'), 9) as typeof input;
    expect(out.keep).toBe(shared);
    expect(out.target.sibling).toBe(input.target.sibling);
    expect(out.target).not.toBe(input.target);
    expect(input.target.x).toBe(1);
  });

  it('replaces an existing array element at an index step (negative counts from the end)', () => {
    const input = { list: [{ v: 1 }, { v: 2 }] };
    expect(setAtReferencePath(input, compilePath('$.list[1].v'), 20)).toEqual({ list: [{ v: 1 }, { v: 20 }] });
    expect(setAtReferencePath(input, compilePath('$.list[-1]'), 'last')).toEqual({ list: [{ v: 1 }, 'last'] });
    expect(input.list[1]).toEqual({ v: 2 });
  });

  it('writes bracket-quoted and unusual names as own keys', () => {
    expect(setAtReferencePath({}, compilePath("$['x y']['a.b']"), 1)).toEqual({ 'x y': { 'a.b': 1 } });
  });

  it('fails with States.ResultPathMatchFailure when the input or an intermediate is not an object', () => {
    const failure = (root: Json, path: string): StatesError => {
      try {
        setAtReferencePath(root, compilePath(path), 1);
      } catch (error) {
        expect(error).toBeInstanceOf(StatesError);
        return error as StatesError;
      }
      throw new Error('expected a failure');
    };
    const e = failure('foo', '$.x');
    expect(e.error).toBe('States.ResultPathMatchFailure');
    expect(e.causeText).toBe('Unable to apply ReferencePath $.x to input "foo"');
    expect(failure({ a: 5 }, '$.a.b').causeText).toBe('Unable to apply ReferencePath $.a.b to input {"a":5}');
    expect(failure({ a: null }, '$.a.b').error).toBe('States.ResultPathMatchFailure');
    expect(failure([1], '$.a').error).toBe('States.ResultPathMatchFailure');
  });

  it('never creates, pads or appends to an array at an index step', () => {
    const failing = [
      [{}, '$.list[0]'],
      [{ list: [] }, '$.list[0]'],
      [{ list: [1] }, '$.list[1]'],
      [{ list: [1] }, '$.list[-2]'],
      [{ list: {} }, '$.list[0]'],
    ] as const;
    for (const [root, path] of failing) {
      expect(() => setAtReferencePath(root as Json, compilePath(path), 1), path).toThrow(StatesError);
    }
  });

  it('refuses paths that are not Reference Paths on the input (a compile-time rule, so a programming error here)', () => {
    expect(() => setAtReferencePath({}, compilePath('$.a[*]'), 1)).toThrow(/must be a Reference Path/);
    expect(() => setAtReferencePath({}, compilePath('$$.a'), 1)).toThrow(/must be a Reference Path/);
    expect(() => setAtReferencePath({}, compilePath('$v.a'), 1)).toThrow(/must be a Reference Path/);
  });
});

describe('security: paths read own JSON properties only', () => {
  it('treats __proto__, constructor and prototype as missing properties', () => {
    expect(miss('$.__proto__', {})).toBe("No results for path: $['__proto__']");
    expect(miss('$.constructor', {})).toBe("No results for path: $['constructor']");
    expect(miss('$.constructor.prototype', {})).toBe("Missing property in path $['constructor']");
    expect(miss("$['__proto__']['polluted']", {})).toBe("Missing property in path $['__proto__']");
    expect(miss('$.a.toString', { a: {} })).toBe("No results for path: $['a']['toString']");
    expect(value('$..constructor', { a: { b: [{}] } })).toEqual([]);
    expect(value('$.*', {})).toEqual([]);
  });

  it('does not read array methods or length as properties', () => {
    expect(miss('$.a.length', { a: [1] })).toContain("but found 'java.util.ArrayList'");
    expect(miss('$.a.map', { a: [1] })).toContain("but found 'java.util.ArrayList'");
  });

  it('reads a __proto__ key that the data really has', () => {
    const input = JSON.parse('{"__proto__": {"x": 1}}') as Json;
    expect(value('$.__proto__.x', input)).toBe(1);
    expect(value("$['__proto__']", input)).toEqual({ x: 1 });
  });

  it('writes a ResultPath through __proto__ as an own key, without touching any prototype', () => {
    const out = setAtReferencePath({}, compilePath('$.__proto__.polluted'), 'yes') as Record<string, unknown>;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(value('$.__proto__.polluted', out as Json)).toBe('yes');
  });

  it('rejects filters that try to call code at compile time, so nothing runs', () => {
    const attempts = [
      "$[?(@.constructor.constructor('return process')())]",
      '$[?(@.constructor.constructor())]',
      '$[?(constructor.constructor("return 1")())]',
      '$[?(this.x)]',
      '$[?(process.exit())]',
      '$[?(@.a == `x`)]',
    ];
    for (const path of attempts) expect(() => compilePath(path), path).toThrow(PathSyntaxError);
  });
});

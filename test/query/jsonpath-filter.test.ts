import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/asl/json.js';
import { compilePath, evaluatePath, PathSyntaxError } from '../../src/query/jsonpath.js';

function select(path: string, input: Json): Json {
  const result = evaluatePath(compilePath(path), { input, context: () => ({}), variable: () => undefined });
  if (!result.found) throw new Error(`expected ${path} to find a value, got: ${result.message}`);
  return result.value;
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

const books: Json = [
  { title: 'Sayings', author: 'Nigel Rees', price: 8.95, tags: ['quotes'], stock: 0 },
  { title: 'Sword', author: 'Evelyn Waugh', price: 12.99, tags: [], stock: 3 },
  { title: 'Moby Dick', author: 'Herman Melville', price: 8.99, isbn: '0-553', tags: ['sea', 'whale'], stock: 1 },
  { title: 'LOTR', author: 'Tolkien', price: 22.99, isbn: null, tags: ['fantasy'], stock: '2' },
];

const titles = (path: string, input: Json = books): string[] => (select(path, input) as { title: string }[]).map((book) => book.title);

describe('JSONPath filters [?(...)]', () => {
  it('keeps the array elements that pass (AWS: base.test_state_pass_regex_json_path_base)', () => {
    const input = {
      users: [
        { year: 1997, status: 0 },
        { year: 1998, status: 1 },
      ],
    };
    expect(select('$.users[?(@.status == 0)]', input)).toEqual([{ year: 1997, status: 0 }]);
  });

  it('compares numbers with < <= > >= == !=', () => {
    expect(titles('$[?(@.price < 10)]')).toEqual(['Sayings', 'Moby Dick']);
    expect(titles('$[?(@.price<=8.99)]')).toEqual(['Sayings', 'Moby Dick']);
    expect(titles('$[?(@.price > 12.99)]')).toEqual(['LOTR']);
    expect(titles('$[?(@.price >= 12.99)]')).toEqual(['Sword', 'LOTR']);
    expect(titles('$[?(@.price != 8.95)]')).toEqual(['Sword', 'Moby Dick', 'LOTR']);
    expect(titles('$[?(@.price == -1)]')).toEqual([]);
    expect(select('$[?(@ > 1e0)]', [0.5, 1, 2, 30])).toEqual([2, 30]);
  });

  it('orders strings with < and > by UTF-16 code units; never a string against a number', () => {
    expect(titles('$[?(@.author < "I")]')).toEqual(['Sword', 'Moby Dick']);
    expect(select("$[?(@ > 'a')]", ['b', 'B', 'a', 'é'])).toEqual(['b', 'é']);
    expect(select("$[?(@ < '5')]", [1, 2, 3])).toEqual([]);
  });

  it("treats a number and a numeric string as equal with ==, as Jayway's ValueNode equality does", () => {
    expect(titles("$[?(@.stock == '3')]")).toEqual(['Sword']);
    expect(titles('$[?(@.stock == 2)]')).toEqual(['LOTR']);
    expect(titles("$[?(@.stock == '1.0')]")).toEqual(['Moby Dick']);
  });

  it('compares type and value with === and !==', () => {
    expect(titles('$[?(@.stock === 2)]')).toEqual([]);
    expect(titles("$[?(@.stock === '2')]")).toEqual(['LOTR']);
    expect(titles('$[?(@.stock !== 3)]')).toEqual(['Sayings', 'Moby Dick', 'LOTR']);
  });

  it('compares strings, booleans and null literals', () => {
    expect(titles("$[?(@.author == 'Tolkien')]")).toEqual(['LOTR']);
    expect(titles('$[?(@.author == "Tolkien")]')).toEqual(['LOTR']);
    expect(select('$[?(@.ok == true)]', [{ ok: true }, { ok: 'true' }, { ok: false }])).toEqual([{ ok: true }]);
    expect(select('$[?(@.ok == false)]', [{ ok: true }, { ok: false }, {}])).toEqual([{ ok: false }]);
    expect(titles('$[?(@.isbn == null)]')).toEqual(['LOTR']);
  });

  it('unescapes string literals as Jayway does', () => {
    expect(select("$[?(@ == 'it\\'s')]", ["it's", 'its'])).toEqual(["it's"]);
    expect(select("$[?(@ == 'a\\nb')]", ['a\nb', 'a\\nb'])).toEqual(['a\nb']);
    expect(select("$[?(@ == '\\u00e9')]", ['é'])).toEqual(['é']);
  });

  it('tests existence with a bare path, including properties that hold null', () => {
    expect(titles('$[?(@.isbn)]')).toEqual(['Moby Dick', 'LOTR']);
    expect(titles('$[?(!@.isbn)]')).toEqual(['Sayings', 'Sword']);
    expect(select("$[?(@['x y'])]", [{ 'x y': 0 }, { x: 1 }])).toEqual([{ 'x y': 0 }]);
    expect(select('$[?(@.a.b)]', [{ a: { b: false } }, { a: {} }, { a: 1 }])).toEqual([{ a: { b: false } }]);
  });

  it('never matches a missing value except with != and nin', () => {
    expect(titles('$[?(@.isbn == "0-553")]')).toEqual(['Moby Dick']);
    expect(titles('$[?(@.isbn != "0-553")]')).toEqual(['Sayings', 'Sword', 'LOTR']);
    expect(titles('$[?(@.missing < 1)]')).toEqual([]);
    expect(titles('$[?(@.missing == null)]')).toEqual([]);
  });

  it('combines conditions with &&, || (&& binds tighter), ! and parentheses', () => {
    expect(titles('$[?(@.price < 10 && @.isbn)]')).toEqual(['Moby Dick']);
    expect(titles('$[?(@.price > 20 || @.stock == 0)]')).toEqual(['Sayings', 'LOTR']);
    expect(titles('$[?(@.price > 20 || @.price < 9 && @.isbn)]')).toEqual(['Moby Dick', 'LOTR']);
    expect(titles('$[?((@.price > 20 || @.price < 9) && @.isbn)]')).toEqual(['Moby Dick', 'LOTR']);
    expect(titles('$[?(!(@.price < 10))]')).toEqual(['Sword', 'LOTR']);
    expect(titles('$[?(@.price<10&&@.stock==0)]')).toEqual(['Sayings']);
  });

  it('reads the whole document with $ inside a filter', () => {
    const input = { limit: 10, books };
    expect(titles('$.books[?(@.price <= $.limit)]', input)).toEqual(['Sayings', 'Moby Dick']);
    expect(select('$.a[?(@ == $.want)]', { want: 'b', a: ['a', 'b'] })).toEqual(['b']);
  });

  it('reads nested and bracketed paths from @, and filters arrays of scalars with @ alone', () => {
    expect(select('$[?(@.a.b[0] == 1)]', [{ a: { b: [1] } }, { a: { b: [2] } }])).toEqual([{ a: { b: [1] } }]);
    expect(select("$[?(@['x y'] == 1)]", [{ 'x y': 1 }, { 'x y': 2 }])).toEqual([{ 'x y': 1 }]);
    expect(select('$[?(@ == 2)]', [1, 2, 3, 2])).toEqual([2, 2]);
    expect(select('$[?(@.tags.length() > 1)]', books)).toHaveLength(1);
  });

  it('matches a whole string against a /regex/ with =~, case-insensitive with /i', () => {
    expect(titles('$[?(@.author =~ /.*Rees/)]')).toEqual(['Sayings']);
    expect(titles('$[?(@.author =~ /Rees/)]')).toEqual([]);
    expect(titles('$[?(@.author =~ /.*REES/i)]')).toEqual(['Sayings']);
    expect(select('$[?(@ =~ /a|ab/)]', ['ab', 'a', 'abc'])).toEqual(['ab', 'a']);
    expect(select('$[?(@ =~ /1\\d/)]', [12, 'x', 3])).toEqual([12]);
    expect(select('$[?(@ =~ /a.b/)]', ['a\nb'])).toEqual([]);
    expect(select('$[?(@ =~ /a.b/s)]', ['a\nb'])).toEqual(['a\nb']);
    expect(select('$[?(@ =~ /a$/m)]', ['a\nb'])).toEqual([]);
    expect(select('$[?(@.x =~ /.*/)]', [{}])).toEqual([{}]);
  });

  it('tests membership with in and nin against a JSON array literal or a path', () => {
    expect(titles("$[?(@.author in ['Tolkien', 'Nigel Rees'])]")).toEqual(['Sayings', 'LOTR']);
    expect(titles("$[?(@.author nin ['Tolkien', 'Nigel Rees'])]")).toEqual(['Sword', 'Moby Dick']);
    expect(titles('$[?(@.stock IN [0, 1])]')).toEqual(['Sayings', 'Moby Dick']);
    expect(select('$.items[?(@ in $.allowed)]', { allowed: ['a', 'c'], items: ['a', 'b', 'c'] })).toEqual(['a', 'c']);
  });

  it('reads array and string properties with contains, size and empty', () => {
    expect(titles("$[?(@.tags contains 'sea')]")).toEqual(['Moby Dick']);
    expect(titles("$[?(@.author contains 'Mel')]")).toEqual(['Moby Dick']);
    expect(titles('$[?(@.tags size 2)]')).toEqual(['Moby Dick']);
    expect(titles('$[?(@.title size 4)]')).toEqual(['LOTR']);
    expect(titles('$[?(@.tags empty true)]')).toEqual(['Sword']);
    expect(titles('$[?(@.tags empty false)]')).toEqual(['Sayings', 'Moby Dick', 'LOTR']);
  });

  it('compares arrays with subsetof, anyof and noneof', () => {
    expect(titles("$[?(@.tags subsetof ['sea', 'whale', 'fantasy'])]")).toEqual(['Sword', 'Moby Dick', 'LOTR']);
    expect(titles("$[?(@.tags anyof ['whale', 'quotes'])]")).toEqual(['Sayings', 'Moby Dick']);
    expect(titles("$[?(@.tags noneof ['whale', 'quotes'])]")).toEqual(['Sword', 'LOTR']);
  });

  it('compares whole arrays and objects with ==', () => {
    expect(select('$[?(@.p == {"x": 1, "y": [2]})]', [{ p: { y: [2], x: 1 } }, { p: { x: 1 } }])).toEqual([{ p: { y: [2], x: 1 } }]);
    expect(select("$[?(@.t == ['a'])]", [{ t: ['a'] }, { t: ['a', 'b'] }])).toEqual([{ t: ['a'] }]);
  });

  it('tests an object itself, not its members, as Jayway does', () => {
    expect(select('$.obj[?(@.x == 1)]', { obj: { x: 1 } })).toEqual([{ x: 1 }]);
    expect(select('$.obj[?(@.x == 2)]', { obj: { x: 1 } })).toEqual([]);
  });

  it('gives [] when applied to a scalar', () => {
    expect(select('$.s[?(@ == 1)]', { s: 1 })).toEqual([]);
  });

  it('continues the path after the filter', () => {
    expect(select('$[?(@.price < 10)].title', books)).toEqual(['Sayings', 'Moby Dick']);
    expect(select('$[?(@.price < 10)].tags[0]', books)).toEqual(['quotes', 'sea']);
  });

  it('finds matching objects anywhere with a deep scan', () => {
    const input = { a: { id: 1, b: [{ id: 2 }, { id: 3, c: { id: 4 } }] } };
    expect(select('$..[?(@.id > 1)]', input)).toEqual([{ id: 2 }, { id: 3, c: { id: 4 } }, { id: 4 }]);
  });

  it('rejects malformed filters at compile time with the problem named', () => {
    expect(syntaxError('$[?(@.a == )]')).toBe(
      "unexpected ')' in the filter: expected a path (@... or $...), a quoted string, a number, true, false, null, a JSON array or object, or a /regex/ (at position 11 of '$[?(@.a == )]')",
    );
    expect(syntaxError("$[?('x')]")).toBe(
      "a literal alone is not a condition: compare it with a path, e.g. @.status == 'ok' (at position 4 of '$[?('x')]')",
    );
    expect(syntaxError('$[?(@.a <> 1)]')).toBe("unknown filter operator '<>' (at position 8 of '$[?(@.a <> 1)]')");
    expect(syntaxError('$[?(@.a like 1)]')).toBe(
      "unknown filter operator 'like'; use ==, !=, <, <=, >, >=, =~, in, nin, contains, size, empty, subsetof, anyof or noneof (at position 8 of '$[?(@.a like 1)]')",
    );
    expect(syntaxError("$[?(@.a == 'x)]")).toBe("the string is not closed: missing ' (at position 11 of '$[?(@.a == 'x)]')");
    expect(syntaxError('$[?(@.a == 1.2.3)]')).toBe("cannot read the number '1.2.3' (at position 11 of '$[?(@.a == 1.2.3)]')");
    expect(syntaxError('$[?(@.a =~ /[/)]')).toMatch(/^invalid regular expression \/\[\/: /);
    expect(syntaxError('$[?(@.a =~ /x/g)]')).toBe(
      "unsupported regular expression flags 'g'; use i, m or s (at position 14 of '$[?(@.a =~ /x/g)]')",
    );
    expect(syntaxError('$[?(@.a == 1]')).toBe("expected ')' (at position 12 of '$[?(@.a == 1]')");
    expect(syntaxError('$[?(@.a == 1)')).toBe("expected ']' (at position 13 of '$[?(@.a == 1)')");
    expect(syntaxError('$[?(@.a in [1,)]')).toBe("unexpected ')' in a JSON literal (at position 14 of '$[?(@.a in [1,)]')");
    expect(syntaxError('$[?(! 1)]')).toBe(
      "a literal alone is not a condition: compare it with a path, e.g. @.status == 'ok' (at position 6 of '$[?(! 1)]')",
    );
  });

  describe('security', () => {
    it('reads only own properties: constructor and __proto__ are missing', () => {
      expect(select('$[?(@.constructor)]', [{}, []])).toEqual([]);
      expect(select('$[?(@.__proto__)]', [{}])).toEqual([]);
      expect(select('$[?(@.constructor == null)]', [{}])).toEqual([]);
      expect(select('$[?(@.toString)]', [{}])).toEqual([]);
      expect(select('$[?(@.length == 1)]', [[1], 'a'])).toEqual([]);
    });

    it('keeps a __proto__ key in a JSON literal as data', () => {
      const input = [JSON.parse('{"p": {"__proto__": 1}}') as Json, { p: {} }];
      expect(select('$[?(@.p == {"__proto__": 1})]', input)).toEqual([input[0]]);
      expect(({} as Record<string, unknown>)['__proto__']).toBe(Object.prototype);
    });

    it('parses code-like filters as syntax errors, so nothing executes', () => {
      let touched = false;
      const globals = globalThis as Record<string, unknown>;
      globals['__sfnSimProbe'] = () => {
        touched = true;
      };
      const attempts = [
        "$[?(@.constructor.constructor('globalThis.__sfnSimProbe()')())]",
        '$[?(@.x == (function(){ __sfnSimProbe() })())]',
        '$[?(__sfnSimProbe())]',
        '$[?(@.a == 1; __sfnSimProbe())]',
        '$[?(@.a == 1) || __sfnSimProbe()]',
      ];
      for (const path of attempts) {
        expect(() => evaluatePath(compilePath(path), { input: [{ a: 1 }], context: () => ({}), variable: () => undefined }), path).toThrow(
          PathSyntaxError,
        );
      }
      delete globals['__sfnSimProbe'];
      expect(touched).toBe(false);
    });
  });
});

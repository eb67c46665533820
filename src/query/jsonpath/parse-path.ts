import { parseFilter } from '../jsonpath-filter.js';
import { isPathFunctionName } from './path-functions.js';
import { PathSyntaxError } from './path-syntax-error.js';
import { isTokenDefinite, type ParsedPath, type PathToken } from './tokens.js';

/*
 * A port of Jayway JsonPath's PathCompiler (the parser AWS runs), so that what AWS accepts compiles
 * here and reads the same nodes. Where Jayway would accept nonsense silently, this parser says so.
 */

const BLANKS = ' \t\r\n';
const MAX_INT = 2147483647;

/**
 * Parses the tokens of a path that start at `start` (just after its root: `$`, `$$`, `$name` or `@`)
 * and end before `end`. Errors name positions in the whole `text`.
 */
export function parsePathTokens(text: string, start: number, end: number): PathToken[] {
  return new PathParser(text, start, end).parse();
}

/** Parses a path that starts with `$` or `@` at `rootAt` (the paths inside filters). */
export function parseSubPath(text: string, rootAt: number, end: number): ParsedPath {
  const tokens = parsePathTokens(text, rootAt + 1, end);
  return { root: text[rootAt] === '@' ? '@' : '$', tokens, definite: tokens.every(isTokenDefinite) };
}

class PathParser {
  private pos: number;
  private readonly tokens: PathToken[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  parse(): PathToken[] {
    if (this.pos >= this.end) return this.tokens;
    const first = this.text[this.pos];
    if (first !== '.' && first !== '[') {
      this.fail(`expected '.' or '[' after the root, found '${first}'`, this.pos);
    }
    if (this.text[this.end - 1] === '.') this.fail("a path must not end with '.' or '..'", this.end - 1);
    while (this.pos < this.end) {
      const last = this.tokens[this.tokens.length - 1];
      if (last?.kind === 'function') this.fail(`a path function such as ${last.name}() must end the path`, this.pos);
      this.readNextToken();
    }
    return this.tokens;
  }

  private readNextToken(): void {
    switch (this.text[this.pos]) {
      case '[':
        if (
          !this.readBracketProperty() &&
          !this.readArrayToken() &&
          !this.readBracketWildcard() &&
          !this.readFilter() &&
          !this.readPlaceholder()
        ) {
          this.fail("cannot read the bracket: expected a quoted name, an index, a slice, '*' or '?(...)'", this.pos);
        }
        return;
      case '.':
        return this.readDot();
      case '*':
        this.tokens.push({ kind: 'wildcard' });
        this.pos++;
        return;
      default:
        return this.readPropertyOrFunction();
    }
  }

  /** `.` before a name, or the `..` deep scan. */
  private readDot(): void {
    if (this.text[this.pos + 1] === '.') {
      this.tokens.push({ kind: 'scan' });
      this.pos += 2;
    } else {
      this.pos += 1;
    }
    if (this.text[this.pos] === '.') this.fail("unexpected '.'", this.pos);
    if (this.pos >= this.end) this.fail("a path must not end with '.' or '..'", this.pos - 1);
    this.readNextToken();
  }

  /** `name` or `name()`. Every character but `.`, `[` and `(` belongs to a dot-notation name. */
  private readPropertyOrFunction(): void {
    const start = this.pos;
    const c = this.text[start];
    if (c === undefined || BLANKS.includes(c)) this.fail('expected a property name', start);
    let read = start;
    let isFunction = false;
    while (read < this.end) {
      const ch = this.text[read] as string;
      if (ch === ' ') this.fail("a property name with blanks needs brackets, e.g. $['my prop']", read);
      if (ch === '.' || ch === '[') break;
      if (ch === '(') {
        isFunction = true;
        break;
      }
      read++;
    }
    const name = this.text.slice(start, read);
    if (!isFunction) {
      this.tokens.push({ kind: 'property', names: [name], quote: "'" });
      this.pos = read;
      return;
    }
    const close = this.closingParenthesis(read);
    if (close === -1) this.fail(`the arguments of function '${name}' are not closed`, read);
    if (this.text.slice(read + 1, close).trim() !== '') {
      this.fail(`path functions take no arguments here: ${name}(...)`, read + 1);
    }
    if (!isPathFunctionName(name)) {
      this.fail(`unknown path function '${name}()'; AWS (Jayway) knows length(), min(), max(), avg(), stddev(), sum()`, start);
    }
    this.tokens.push({ kind: 'function', name });
    this.pos = close + 1;
  }

  /** `['a']`, `["a"]`, `['a','b']`. Names are kept as written (see the note on escapes). */
  private readBracketProperty(): boolean {
    const quote = this.text[this.nextSignificant(this.pos + 1)];
    if (quote !== "'" && quote !== '"') return false;
    const names: string[] = [];
    let read = this.pos + 1;
    let nameStart = read;
    let inName = false;
    let inEscape = false;
    let afterComma = false;
    let closed = false;
    for (; read < this.end; read++) {
      const c = this.text[read] as string;
      if (inEscape) {
        inEscape = false;
      } else if (c === '\\') {
        inEscape = true;
      } else if (c === quote) {
        if (inName) {
          const next = this.text[this.nextSignificant(read + 1)];
          if (next !== ']' && next !== ',') this.fail("a quoted name must be followed by ',' or ']'", read + 1);
          // AWS keeps backslashes: `$['Test\""Name"']` reads the key `Test\""Name"` (observed,
          // base_scenarios ESCAPE_SEQUENCES_JSONPATH), so the name is not unescaped.
          names.push(this.text.slice(nameStart, read));
          inName = false;
        } else {
          nameStart = read + 1;
          inName = true;
          afterComma = false;
        }
      } else if (!inName) {
        if (c === ']') {
          closed = true;
          break;
        }
        if (c === ',') {
          if (afterComma) this.fail('empty name in a property union', read);
          afterComma = true;
        } else if (!BLANKS.includes(c)) {
          this.fail(`unexpected '${c}' between quoted names`, read);
        }
      }
    }
    if (inName) this.fail(`the name is not closed: missing ${quote}`, nameStart - 1);
    if (!closed) this.fail("the bracket is not closed: missing ']'", this.pos);
    if (afterComma) this.fail('empty name in a property union', read);
    this.tokens.push({ kind: 'property', names, quote });
    this.pos = read + 1;
    return true;
  }

  /** `[1]`, `[-1]`, `[0,2]`, `[1:]`, `[1:3]`, `[:3]`, `[-2:]`. */
  private readArrayToken(): boolean {
    const first = this.text[this.nextSignificant(this.pos + 1)] ?? '';
    if (!/[0-9:-]/.test(first)) return false;
    const close = this.text.indexOf(']', this.pos + 1);
    if (close === -1 || close >= this.end) return false;
    const expression = this.text.slice(this.pos + 1, close).trim();
    if (!/^[0-9,: -]*$/.test(expression)) return false;
    if (expression.includes(':')) this.tokens.push(this.slice(expression));
    else this.tokens.push(this.indexes(expression));
    this.pos = close + 1;
    return true;
  }

  /** Jayway's ArraySliceOperation.parse: `from:to`; a third part (a step) is ignored, as Jayway does. */
  private slice(expression: string): PathToken {
    if (!/^[0-9:-]*$/.test(expression)) this.fail(`cannot read the slice [${expression}]: no blanks allowed`, this.pos + 1);
    const parts = javaSplit(expression, ':');
    const from = this.sliceBound(parts[0], expression);
    const to = this.sliceBound(parts[1], expression);
    if (from === undefined && to === undefined) {
      this.fail(`cannot read the slice [${expression}]: give a start, an end or both (Jayway has no step)`, this.pos + 1);
    }
    return { kind: 'slice', from, to };
  }

  private sliceBound(part: string | undefined, expression: string): number | undefined {
    if (part === undefined || part === '') return undefined;
    const n = parseJavaInt(part);
    if (n === undefined) this.fail(`cannot read the slice [${expression}]`, this.pos + 1);
    return n;
  }

  private indexes(expression: string): PathToken {
    const indexes = expression.split(/\s*,\s*/).map((part) => {
      const n = parseJavaInt(part);
      if (n === undefined) this.fail(`cannot read the index [${expression}]`, this.pos + 1);
      return n;
    });
    return { kind: 'index', indexes };
  }

  /** `[*]` */
  private readBracketWildcard(): boolean {
    const star = this.nextSignificant(this.pos + 1);
    if (this.text[star] !== '*') return false;
    const close = this.nextSignificant(star + 1);
    if (this.text[close] !== ']') this.fail("expected ']' after '[*'", star + 1);
    this.tokens.push({ kind: 'wildcard' });
    this.pos = close + 1;
    return true;
  }

  /** `[?(...)]`, parsed once into an expression tree. */
  private readFilter(): boolean {
    const mark = this.nextSignificant(this.pos + 1);
    if (this.text[mark] !== '?' || this.text[this.nextSignificant(mark + 1)] !== '(') return false;
    const { expression, next } = parseFilter(this.text, this.pos, this.end, parseSubPath);
    this.tokens.push({ kind: 'filter', expression });
    this.pos = next;
    return true;
  }

  /** `[?]` takes a Java Predicate object in Jayway; ASL has no way to pass one. */
  private readPlaceholder(): boolean {
    const mark = this.nextSignificant(this.pos + 1);
    if (this.text[mark] !== '?') return false;
    this.fail('a filter needs a condition in parentheses, e.g. [?(@.price < 10)]', mark);
  }

  private closingParenthesis(open: number): number {
    let depth = 0;
    for (let i = open; i < this.end; i++) {
      const c = this.text[i];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    return -1;
  }

  private nextSignificant(from: number): number {
    let i = from;
    while (i < this.end && BLANKS.includes(this.text[i] as string)) i++;
    return i;
  }

  private fail(problem: string, position: number): never {
    throw new PathSyntaxError(this.text, problem, position);
  }
}

/** Java's `String.split` with a literal separator: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Java's `Integer.parseInt` (as Jayway reads indexes), or undefined when Java would throw. */
function parseJavaInt(text: string): number | undefined {
  if (!/^-?[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= -MAX_INT - 1 && n <= MAX_INT ? n : undefined;
}

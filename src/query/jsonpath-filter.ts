import type { Json } from '../asl/json.js';
import { nextUnescaped, parseDecimal, readJsonLiteral, unescapeJava } from './jsonpath/filter-literals.js';
import { PathSyntaxError } from './jsonpath/path-syntax-error.js';
import type { ParsedPath } from './jsonpath/tokens.js';

/*
 * Filter expressions `[?(...)]`, parsed once at compile time into a tree that is interpreted over
 * JSON data (see jsonpath/filter-evaluate.ts). A port of Jayway JsonPath's FilterCompiler, the
 * grammar AWS accepts. Nothing here is ever handed to `eval`, `Function` or a script engine: a
 * filter can only read own properties of the data and compare values.
 */

/** A filter condition. */
export type FilterExpression =
  | { readonly kind: 'or'; readonly left: FilterExpression; readonly right: FilterExpression }
  | { readonly kind: 'and'; readonly left: FilterExpression; readonly right: FilterExpression }
  | { readonly kind: 'not'; readonly operand: FilterExpression }
  /** `@.a` alone: the path exists (`!@.a`: it does not). */
  | { readonly kind: 'exists'; readonly path: ParsedPath; readonly shouldExist: boolean }
  | {
      readonly kind: 'compare';
      readonly operator: RelationalOperator;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    };

/** One side of a comparison. */
export type FilterOperand =
  | { readonly kind: 'path'; readonly path: ParsedPath }
  | { readonly kind: 'literal'; readonly value: Json }
  | { readonly kind: 'pattern'; readonly pattern: FilterPattern }
  /**
   * A bare word such as `Failure` in `@.status == Failure`. AWS accepts such a definition (deployed
   * samples have them) and fails the state when the filter runs (aws-samples/aws-batch-runtime-monitoring#6:
   * "would lead to failed states ... but not systematically"): Jayway reads it as a number it cannot parse.
   */
  | { readonly kind: 'unquoted'; readonly text: string };

/** Jayway's relational operators (named ones are case-insensitive). */
export type RelationalOperator =
  | '=='
  | '!='
  | '==='
  | '!=='
  | '<'
  | '<='
  | '>'
  | '>='
  | '=~'
  | 'in'
  | 'nin'
  | 'contains'
  | 'size'
  | 'empty'
  | 'subsetof'
  | 'anyof'
  | 'noneof';

const SYMBOL_OPERATORS: ReadonlySet<string> = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', '=~']);
const WORD_OPERATORS: ReadonlySet<string> = new Set(['in', 'nin', 'contains', 'size', 'empty', 'subsetof', 'anyof', 'noneof']);
const OPERATOR_CHARS = '<>=~!';
const BLANKS = ' \t\r\n';
/** Where a path inside a filter ends (Jayway: a blank, an operator character or a closing parenthesis). */
const PATH_END = ' \t\r\n<>=~!)&|';

/**
 * A `/regex/flags` literal. Jayway matches the whole string (Java's `Matcher.matches()`); Java and
 * JavaScript regex dialects differ in corners (possessive quantifiers, `\A`, `\Z`), which then fail
 * to compile here.
 */
export class FilterPattern {
  private readonly whole: RegExp;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    // A sticky match anchored at the true end is Java's matches(): the whole input, even with `m`.
    this.whole = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
  }

  matches(input: string): boolean {
    this.whole.lastIndex = 0;
    return this.whole.test(input);
  }
}

type SubPathParser = (text: string, rootAt: number, end: number) => ParsedPath;

/**
 * Parses the filter that starts with `[` at `start` and returns its tree and the index after its `]`.
 * `parseSubPath` reads the `@...` and `$...` paths inside it.
 *
 * @example
 * ```ts
 * parseFilter("$.a[?(@.price < 10)]", 3, 20, parseSubPath).expression.kind; // 'compare'
 * ```
 */
export function parseFilter(
  text: string,
  start: number,
  end: number,
  parseSubPath: SubPathParser,
): { expression: FilterExpression; next: number } {
  const parser = new FilterParser(text, start, end, parseSubPath);
  return parser.parse();
}

class FilterParser {
  private pos: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly parseSubPath: SubPathParser,
  ) {
    this.pos = start;
  }

  parse(): { expression: FilterExpression; next: number } {
    this.expect('[');
    this.expect('?');
    this.skipBlanks();
    if (this.text[this.pos] !== '(') this.fail("a filter starts with '[?('", this.pos);
    const expression = this.readLogicalOperand();
    this.expect(']');
    return { expression, next: this.pos };
  }

  private readLogicalOr(): FilterExpression {
    let left = this.readLogicalAnd();
    while (this.skipBlanks() && this.text.startsWith('||', this.pos)) {
      this.pos += 2;
      left = { kind: 'or', left, right: this.readLogicalAnd() };
    }
    return left;
  }

  private readLogicalAnd(): FilterExpression {
    let left = this.readLogicalOperand();
    while (this.skipBlanks() && this.text.startsWith('&&', this.pos)) {
      this.pos += 2;
      left = { kind: 'and', left, right: this.readLogicalOperand() };
    }
    return left;
  }

  private readLogicalOperand(): FilterExpression {
    this.skipBlanks();
    const c = this.text[this.pos];
    if (c === '!') {
      const after = this.text[this.nextSignificant(this.pos + 1)];
      // `!@.a` is a path that must not exist, read with the expression; `!(...)` negates.
      if (after !== '@' && after !== '$') {
        this.pos++;
        return { kind: 'not', operand: this.readLogicalOperand() };
      }
    }
    if (c === '(') {
      this.pos++;
      const inner = this.readLogicalOr();
      this.expect(')');
      return inner;
    }
    return this.readExpression();
  }

  private readExpression(): FilterExpression {
    const start = this.pos;
    const { operand, shouldExist } = this.readValue();
    const operator = this.readOperator();
    if (operator !== undefined) return { kind: 'compare', operator, left: operand, right: this.readValue().operand };
    if (operand.kind !== 'path') {
      if (operand.kind === 'unquoted')
        return this.fail(`'${operand.text}' alone is not a condition: compare a path with it, e.g. @.status == '${operand.text}'`, start);
      return this.fail("a literal alone is not a condition: compare it with a path, e.g. @.status == 'ok'", start);
    }
    return { kind: 'exists', path: operand.path, shouldExist };
  }

  private readValue(): { operand: FilterOperand; shouldExist: boolean } {
    this.skipBlanks();
    const c = this.text[this.pos];
    if (c === '@' || c === '$') return { operand: this.readPath(), shouldExist: true };
    if (c === '!') {
      this.pos++;
      this.skipBlanks();
      const after = this.text[this.pos];
      if (after !== '@' && after !== '$') this.fail("'!' must be followed by a path or a parenthesised condition", this.pos);
      // Jayway: the '!' only matters to an existence check; `!@.a == 1` compares @.a.
      return { operand: this.readPath(), shouldExist: false };
    }
    return { operand: this.readLiteral(), shouldExist: true };
  }

  private readPath(): FilterOperand {
    const begin = this.pos;
    let i = begin + 1;
    while (i < this.end) {
      const c = this.text[i] as string;
      if (c === '[' || c === '(') {
        const close = this.closing(i, c, c === '[' ? ']' : ')');
        if (close === -1) this.fail(c === '[' ? "the bracket is not closed: missing ']'" : "missing ')'", i);
        i = close + 1;
        continue;
      }
      if (PATH_END.includes(c)) break;
      i++;
    }
    const path = this.parseSubPath(this.text, begin, i);
    this.pos = i;
    return { kind: 'path', path };
  }

  private readOperator(): RelationalOperator | undefined {
    this.skipBlanks();
    const start = this.pos;
    if (OPERATOR_CHARS.includes(this.text[start] ?? ' ')) {
      let i = start;
      while (i < this.end && OPERATOR_CHARS.includes(this.text[i] as string)) i++;
      const symbol = this.text.slice(start, i);
      if (!SYMBOL_OPERATORS.has(symbol)) this.fail(`unknown filter operator '${symbol}'`, start);
      this.pos = i;
      return symbol as RelationalOperator;
    }
    const word = /^[A-Za-z]+/.exec(this.text.slice(start, this.end))?.[0];
    if (word === undefined) return undefined;
    const operator = word.toLowerCase();
    if (!WORD_OPERATORS.has(operator)) {
      this.fail(
        `unknown filter operator '${word}'; use ==, !=, <, <=, >, >=, =~, in, nin, contains, size, empty, subsetof, anyof or noneof`,
        start,
      );
    }
    this.pos = start + word.length;
    return operator as RelationalOperator;
  }

  private readLiteral(): FilterOperand {
    const start = this.pos;
    const c = this.text[start];
    if (c === "'" || c === '"') {
      const close = nextUnescaped(this.text, start + 1, this.end, c);
      if (close === -1) this.fail(`the string is not closed: missing ${c}`, start);
      this.pos = close + 1;
      return { kind: 'literal', value: unescapeJava(this.text.slice(start + 1, close), this.fail, start + 1) };
    }
    if (c === '[' || c === '{') {
      const { value, next } = readJsonLiteral(this.text, start, this.end, this.fail);
      this.pos = next;
      return { kind: 'literal', value };
    }
    if (c === '/') return this.readPattern();
    const word = /^[A-Za-z0-9_.+-]+/.exec(this.text.slice(start, this.end))?.[0] ?? '';
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return { kind: 'literal', value: word === 'null' ? null : word === 'true' };
    }
    if (/^[0-9-]/.test(word)) {
      const n = parseDecimal(word) ?? this.fail(`cannot read the number '${word}'`, start);
      this.pos += word.length;
      return { kind: 'literal', value: n };
    }
    if (/^[A-Za-z_]/.test(word)) {
      this.pos += word.length;
      return { kind: 'unquoted', text: word };
    }
    return this.fail(
      c === undefined
        ? 'the filter ends where a value was expected'
        : `unexpected '${c}' in the filter: expected a path (@... or $...), a quoted string, a number, true, false, null, a JSON array or object, or a /regex/`,
      start,
    );
  }

  private readPattern(): FilterOperand {
    const start = this.pos;
    const close = nextUnescaped(this.text, start + 1, this.end, '/');
    if (close === -1) this.fail("the regular expression is not closed: missing '/'", start);
    const source = this.text.slice(start + 1, close);
    const flags = /^[A-Za-z]*/.exec(this.text.slice(close + 1, this.end))?.[0] ?? '';
    if (!/^[ims]*$/.test(flags)) this.fail(`unsupported regular expression flags '${flags}'; use i, m or s`, close + 1);
    let pattern: FilterPattern;
    try {
      new RegExp(source, flags);
      pattern = new FilterPattern(source, flags);
    } catch (error) {
      return this.fail(`invalid regular expression /${source}/: ${(error as Error).message}`, start);
    }
    this.pos = close + 1 + flags.length;
    return { kind: 'pattern', pattern };
  }

  /** The index of the bracket closing the one at `open`, skipping quoted strings. */
  private closing(open: number, opener: string, closer: string): number {
    let depth = 0;
    for (let i = open; i < this.end; i++) {
      const c = this.text[i];
      if (c === "'" || c === '"') {
        i = nextUnescaped(this.text, i + 1, this.end, c);
        if (i === -1) return -1;
      } else if (c === opener) {
        depth++;
      } else if (c === closer && --depth === 0) {
        return i;
      }
    }
    return -1;
  }

  private expect(c: string): void {
    this.skipBlanks();
    if (this.text[this.pos] !== c) this.fail(`expected '${c}'`, this.pos);
    this.pos++;
  }

  private skipBlanks(): true {
    this.pos = this.nextSignificant(this.pos);
    return true;
  }

  private nextSignificant(from: number): number {
    let i = from;
    while (i < this.end && BLANKS.includes(this.text[i] as string)) i++;
    return i;
  }

  private readonly fail = (problem: string, position: number): never => {
    throw new PathSyntaxError(this.text, problem, position);
  };
}

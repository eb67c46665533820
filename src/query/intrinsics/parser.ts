import { compilePath } from '../jsonpath.js';
import type { ArgumentNode, CallNode, StringNode } from './ast.js';
import { IntrinsicSyntaxError } from './errors.js';
import { isIntrinsicName, suggestIntrinsicName, type IntrinsicName } from './names.js';
import { arityProblem } from './registry.js';

/** AWS: "You can nest up to 10 intrinsic functions within a field" (ASL-REFERENCE §2.4, §5.3). */
export const MAX_NESTING_DEPTH = 10;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const NAME = /[A-Za-z0-9_.]+/y;
/** The escapes AWS accepts inside a quoted intrinsic string (ASL-REFERENCE §2.4). */
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/**
 * Parses a whole `.$` value such as `States.Format('{} items', States.ArrayLength($.a))`.
 * Recursive descent over a tiny on-demand scanner; every error names the position.
 */
export function parseIntrinsic(text: string): CallNode {
  const parser = new Parser(text);
  parser.skipSpace();
  const call = parser.call(1);
  parser.skipSpace();
  if (!parser.atEnd()) parser.fail('unexpected text after the closing parenthesis of the call');
  return call;
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(problem: string, position = this.pos): never {
    throw new IntrinsicSyntaxError(problem, this.text, position);
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text.charAt(this.pos))) this.pos++;
  }

  private peek(): string {
    return this.text.charAt(this.pos);
  }

  private describeHere(): string {
    return this.atEnd() ? 'the end of the text' : JSON.stringify(this.peek());
  }

  call(depth: number): CallNode {
    const start = this.pos;
    if (depth > MAX_NESTING_DEPTH) {
      this.fail(`intrinsic functions can be nested at most ${MAX_NESTING_DEPTH} deep (an AWS limit)`, start);
    }
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    const name = match?.[0] ?? '';
    if (!name.startsWith('States.')) {
      this.fail(`expected an intrinsic function name such as States.Format, found ${this.describeHere()}`);
    }
    if (!isIntrinsicName(name)) {
      const hint = suggestIntrinsicName(name);
      this.fail(`unknown intrinsic function '${name}'${hint ? `; did you mean '${hint}'?` : ''}`, start);
    }
    this.pos += name.length;
    this.skipSpace();
    if (this.peek() !== '(') this.fail(`expected '(' after ${name}, found ${this.describeHere()}`);
    this.pos++;
    const args: ArgumentNode[] = [];
    this.skipSpace();
    if (this.peek() === ')') {
      this.pos++;
    } else {
      for (;;) {
        this.skipSpace();
        args.push(this.argument(depth, name, args.length + 1));
        this.skipSpace();
        if (this.peek() === ',') {
          this.pos++;
          continue;
        }
        if (this.peek() === ')') {
          this.pos++;
          break;
        }
        this.fail(`expected ',' or ')' after argument ${args.length} of ${name}, found ${this.describeHere()}`);
      }
    }
    const problem = arityProblem(name, args.length);
    if (problem !== undefined) this.fail(problem, start);
    const literal = literalTypeProblem(name, args);
    if (literal !== undefined) this.fail(literal, start);
    return { kind: 'call', name, args, text: this.text.slice(start, this.pos) };
  }

  private argument(depth: number, callee: string, index: number): ArgumentNode {
    const c = this.peek();
    if (c === "'") return this.string();
    if (c === '$') return this.path();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    NAME.lastIndex = this.pos;
    const word = NAME.exec(this.text)?.[0] ?? '';
    if (word.startsWith('States.')) return this.call(depth + 1);
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      this.expectDelimiter(word);
      return word === 'null' ? { kind: 'null' } : { kind: 'boolean', value: word === 'true' };
    }
    if (c === ',' || c === ')' || this.atEnd()) {
      this.fail(`argument ${index} of ${callee} is empty`);
    }
    return this.fail(
      `argument ${index} of ${callee} must be a 'quoted string', a number, true, false, null, ` +
        `a path ($.x, $$.x or $variable) or an intrinsic call; found ${JSON.stringify(word || c)}`,
    );
  }

  /** After a literal, only a separator may follow: `1.` or `truex` are errors, not two tokens. */
  private expectDelimiter(literal: string): void {
    const c = this.peek();
    if (!this.atEnd() && c !== ',' && c !== ')' && !/\s/.test(c)) {
      this.fail(`unexpected ${JSON.stringify(c)} after ${literal}`);
    }
  }

  private number(): ArgumentNode {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail(`expected a number, found ${this.describeHere()}`);
    this.pos += match[0].length;
    this.expectDelimiter(match[0]);
    const value = Number(match[0]);
    if (!Number.isFinite(value)) this.fail(`the number ${match[0]} is too large`, this.pos - match[0].length);
    return { kind: 'number', value };
  }

  private string(): StringNode {
    const open = this.pos;
    this.pos++;
    let value = '';
    let badEscape: StringNode['badEscape'];
    for (;;) {
      if (this.atEnd()) this.fail('string literal is not closed with a single quote', open);
      const c = this.peek();
      if (c === "'") break;
      if (c === '\\') {
        const next = this.text.charAt(this.pos + 1);
        if (ESCAPABLE.has(next)) {
          value += next;
          this.pos += 2;
          continue;
        }
        // AWS: an unpaired backslash fails the execution, not the definition (ASL-REFERENCE §2.4).
        badEscape ??= { sequence: `\\${next}`, position: this.pos };
      }
      value += c;
      this.pos++;
    }
    const raw = this.text.slice(open + 1, this.pos);
    this.pos++;
    return badEscape ? { kind: 'string', value, raw, badEscape } : { kind: 'string', value, raw };
  }

  /**
   * A path runs to the first `,`, `)` or space outside brackets, parentheses and quotes, so filters
   * such as `$.a[?(@.b == 'x, y')]` and functions such as `$.a.length()` stay one argument.
   */
  private path(): ArgumentNode {
    const start = this.pos;
    const open: string[] = [];
    let quote = '';
    for (; !this.atEnd(); this.pos++) {
      const c = this.peek();
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = '';
        continue;
      }
      if (open.length > 0 && (c === "'" || c === '"')) quote = c;
      else if (c === '[') open.push(']');
      else if (c === '(') open.push(')');
      else if (c === ']' || c === ')') {
        if (open.length === 0 && c === ')') break;
        if (open.pop() !== c) this.fail(`unexpected ${JSON.stringify(c)} in path`);
      } else if (open.length === 0 && (c === ',' || /\s/.test(c))) break;
    }
    if (quote || open.length > 0) this.fail('path is not closed: a bracket, parenthesis or quote is left open', start);
    const pathText = this.text.slice(start, this.pos);
    try {
      return { kind: 'path', path: compilePath(pathText) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return this.fail(`invalid path ${JSON.stringify(pathText)}: ${reason}`, start);
    }
  }
}

/**
 * The arguments that only take numbers (or a path or call that yields one). A literal of another type
 * there can never work, so it is reported with the definition, as AWS's language service does
 * (ASL-REFERENCE §10.3), instead of failing every execution with "Invalid arguments in States.X".
 */
const NUMERIC_ARGUMENTS: Readonly<Partial<Record<IntrinsicName, readonly number[]>>> = {
  'States.MathAdd': [0, 1],
  'States.MathRandom': [0, 1, 2],
  'States.ArrayRange': [0, 1, 2],
  'States.ArrayPartition': [1],
  'States.ArrayGetItem': [1],
};

function literalTypeProblem(name: IntrinsicName, args: readonly ArgumentNode[]): string | undefined {
  for (const index of NUMERIC_ARGUMENTS[name] ?? []) {
    const arg = args[index];
    if (arg === undefined) continue;
    const got =
      arg.kind === 'string'
        ? `the string '${arg.value}'`
        : arg.kind === 'boolean'
          ? String(arg.value)
          : arg.kind === 'null'
            ? 'null'
            : undefined;
    if (got !== undefined) return `argument ${index + 1} of ${name} must be a number (or a path to one); got ${got}`;
  }
  return undefined;
}

import { setOwn, type Json, type JsonObject } from '../../asl/json.js';

/*
 * The literals of a Jayway filter: strings (unescaped as Jayway's Utils.unescape does), numbers
 * (Java BigDecimal syntax) and JSON arrays/objects (read leniently, as json-smart does: single
 * quotes and bare keys are fine).
 */

type Fail = (problem: string, position: number) => never;

const BLANKS = ' \t\r\n';
const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** The number a Java `BigDecimal` reads from `text`, or undefined when it would not parse. */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/** Index of the next `quote` not preceded by a backslash escape, or -1. */
export function nextUnescaped(text: string, from: number, end: number, quote: string): number {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i;
  }
  return -1;
}

/** Jayway's `Utils.unescape`: `\n`, `\t`, `\uXXXX`, `\'`, `\"`, `\\`; any other `\x` is `x`. */
export function unescapeJava(raw: string, fail: Fail, at: number): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[++i];
    switch (next) {
      case undefined:
        out += '\\';
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'f':
        out += '\f';
        break;
      case 'b':
        out += '\b';
        break;
      case 'u': {
        const hex = raw.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(`bad unicode escape \\u${hex}`, at + i);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
        break;
      }
      default:
        out += next;
    }
  }
  return out;
}

/** Reads a JSON array or object literal starting at `start`; returns it and the index after it. */
export function readJsonLiteral(text: string, start: number, end: number, fail: Fail): { value: Json; next: number } {
  const reader = new LenientJsonReader(text, start, end, fail);
  const value = reader.value();
  return { value, next: reader.pos };
}

class LenientJsonReader {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly end: number,
    private readonly fail: Fail,
  ) {}

  value(): Json {
    this.skipBlanks();
    const c = this.text[this.pos];
    if (this.pos >= this.end || c === undefined) return this.fail('the JSON literal ends too early', this.pos);
    if (c === '[') return this.array();
    if (c === '{') return this.object();
    if (c === "'" || c === '"') return this.string();
    const word = /^(?:true|false|null|-?[0-9][0-9.eE+-]*)/.exec(this.text.slice(this.pos, this.end))?.[0];
    if (word === undefined) return this.fail(`unexpected '${c}' in a JSON literal`, this.pos);
    this.pos += word.length;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const n = parseDecimal(word);
    return n === undefined ? this.fail(`bad number '${word}' in a JSON literal`, this.pos - word.length) : n;
  }

  private array(): Json[] {
    const items: Json[] = [];
    this.pos++;
    this.skipBlanks();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipBlanks();
      const c = this.text[this.pos++];
      if (c === ']') return items;
      if (c !== ',') this.fail("expected ',' or ']' in a JSON array", this.pos - 1);
    }
  }

  private object(): JsonObject {
    const result: JsonObject = {};
    this.pos++;
    this.skipBlanks();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipBlanks();
      const c = this.text[this.pos];
      let key: string;
      if (c === "'" || c === '"') {
        key = this.string();
      } else {
        const bare = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.text.slice(this.pos, this.end))?.[0];
        if (bare === undefined) this.fail('expected a key in a JSON object', this.pos);
        key = bare;
        this.pos += bare.length;
      }
      this.skipBlanks();
      if (this.text[this.pos++] !== ':') this.fail("expected ':' after a key in a JSON object", this.pos - 1);
      setOwn(result, key, this.value());
      this.skipBlanks();
      const next = this.text[this.pos++];
      if (next === '}') return result;
      if (next !== ',') this.fail("expected ',' or '}' in a JSON object", this.pos - 1);
    }
  }

  private string(): string {
    const quote = this.text[this.pos] as string;
    const close = nextUnescaped(this.text, this.pos + 1, this.end, quote);
    if (close === -1) this.fail(`the string is not closed: missing ${quote}`, this.pos);
    const raw = this.text.slice(this.pos + 1, close);
    const value = unescapeJava(raw, this.fail, this.pos + 1);
    this.pos = close + 1;
    return value;
  }

  private skipBlanks(): void {
    while (this.pos < this.end && BLANKS.includes(this.text[this.pos] as string)) this.pos++;
  }
}

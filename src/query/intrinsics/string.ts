import type { Json } from '../../asl/json.js';
import { stringArgument } from './arguments.js';
import type { CallContext, IntrinsicImplementation } from './call-context.js';
import { invalidArguments } from './errors.js';

/** A parsed Format template: literal text, with `null` where a `{}` placeholder stands. */
type Template = ReadonlyArray<string | null>;

/**
 * `States.Format(template, a1, ..., an)`: each `{}` is replaced by the matching argument. `\{` and
 * `\}` are literal braces; any other brace, or a placeholder count that differs from the argument
 * count, fails. Strings go in unquoted; objects and arrays in Java's `toString` style, e.g.
 * `{Arg1=1, Arg2=[]}` (ASL-REFERENCE §2.4, recorded on AWS).
 */
export const statesFormat: IntrinsicImplementation = (args, context) => {
  const [template, ...values] = args;
  const parts = parseTemplate(templateText(template, context), context);
  if (parts.filter((part) => part === null).length !== values.length) throw invalidArguments(context.call);
  let next = 0;
  return parts.map((part) => part ?? formatValue(values[next++] ?? null)).join('');
};

/** A literal template is read from its source text, where `\{` and `\}` are still visible. */
function templateText(template: Json | undefined, context: CallContext): string {
  const node = context.call.args[0];
  if (node?.kind === 'string') return node.raw;
  return stringArgument(template, context);
}

function parseTemplate(text: string, context: CallContext): Template {
  const parts: Array<string | null> = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c === '\\' && (next === '{' || next === '}' || next === '\\' || next === "'")) {
      literal += next;
      i++;
    } else if (c === '{' && next === '}') {
      parts.push(literal, null);
      literal = '';
      i++;
    } else if (c === '{' || c === '}') {
      throw invalidArguments(context.call);
    } else {
      literal += c;
    }
  }
  parts.push(literal);
  return parts;
}

/** The text AWS puts in place of `{}`: Java's `String.valueOf` of the value as AWS holds it. */
export function formatValue(value: Json): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((key) => `${key}=${formatValue(value[key] as Json)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `States.StringSplit(text, delimiters)`: splits at every character of `delimiters` (a set of
 * characters, not a substring) and drops empty pieces, like Java's `StringTokenizer`: `",,,,"` on
 * `","` is `[]`, `" , "` is `[" ", " "]` (recorded on AWS).
 */
export const statesStringSplit: IntrinsicImplementation = ([text, delimiters], context) => {
  const source = stringArgument(text, context);
  const separators = new Set(stringArgument(delimiters, context));
  const tokens: string[] = [];
  let token = '';
  for (const c of source) {
    if (separators.has(c)) {
      if (token) tokens.push(token);
      token = '';
    } else {
      token += c;
    }
  }
  if (token) tokens.push(token);
  return tokens;
};

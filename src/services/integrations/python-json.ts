import type { Json } from '../../asl/json.js';

/**
 * JSON text as Python's `json.dumps` writes it by default: `", "` and `": "` separators and every
 * character outside printable ASCII escaped as `\uXXXX`. The Lambda Python runtime serialises a
 * function's result and its error payload this way, so AWS's recorded `Content-Length` headers and
 * bare-ARN error causes have this spacing (ASL-REFERENCE §6.2, §6.3).
 * @example
 * pythonJsonText({ a: [1, 'é'] }) // '{"a": [1, "\\u00e9"]}'
 */
export function pythonJsonText(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonText).join(', ')}]`;
  const members = Object.keys(value).map((key) => `${pythonString(key)}: ${pythonJsonText(value[key] as Json)}`);
  return `{${members.join(', ')}}`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** Python's `ensure_ascii` string encoder: works on UTF-16 code units, as Python does for astral characters. */
function pythonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) {
      out += short;
      continue;
    }
    const code = text.charCodeAt(i);
    out += code >= 0x20 && code <= 0x7e ? ch : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

import { isJsonObject, type Json, type JsonObject, setOwn } from '../json.js';
import { tokenizePlaceholders } from './placeholder-syntax.js';

/** How a placeholder is written where it lands: as is in a value, JSON-escaped inside JSON text. */
type Escape = (text: string) => string;

const asIs: Escape = (text) => text;
/** Inside a DefinitionString the placeholder sits in a JSON string literal, so quotes must be escaped. */
export const jsonEscape: Escape = (text) => JSON.stringify(text).slice(1, -1);

/** A CloudFormation intrinsic function call: an object with the single key `Ref` or `Fn::*`. */
export function isIntrinsic(value: Json): value is JsonObject {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::'));
}

/**
 * Replaces every intrinsic inside an inline Definition by a string: what cannot be known before
 * deployment becomes a `${Name}` placeholder (`{ Ref: OrderTable }` -> `"${OrderTable}"`,
 * `{ "Fn::GetAtt": [Fn, Arn] }` -> `"${Fn.Arn}"`), so that placeholders are the one mechanism.
 */
export function resolveIntrinsics(value: Json): Json {
  if (isIntrinsic(value)) return intrinsicText(value, asIs);
  if (Array.isArray(value)) return value.map(resolveIntrinsics);
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, item] of Object.entries(value)) setOwn(copy, key, resolveIntrinsics(item));
  return copy;
}

/**
 * The text a value stands for once deployed: literals as they are, `Fn::Sub` with its variables
 * filled, `Fn::Join` joined, `Fn::Select` of a literal list picked, and anything known only at
 * deploy time as a `${Name}` placeholder (`Fn::Sub`'s `${!Literal}` escapes are kept for the
 * substitution step to unescape).
 */
export function intrinsicText(value: Json, escape: Escape = asIs): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!isIntrinsic(value)) return escape('${' + placeholderName(value) + '}');
  const [fn, args] = Object.entries(value)[0] as [string, Json];
  if (fn === 'Fn::Sub') return subText(args, escape);
  if (fn === 'Fn::Join' && Array.isArray(args) && typeof args[0] === 'string' && Array.isArray(args[1])) {
    const separator = args[0];
    return args[1].map((part) => intrinsicText(part, escape)).join(separator);
  }
  if (fn === 'Fn::Select' && Array.isArray(args) && Array.isArray(args[1])) {
    const index = Number(args[0]);
    const picked = Number.isInteger(index) ? args[1][index] : undefined;
    if (picked !== undefined) return intrinsicText(picked, escape);
  }
  return escape('${' + placeholderName(value) + '}');
}

/**
 * A readable placeholder name for a value known only at deploy time: `Ref X` -> `X`,
 * `GetAtt A.B` -> `A.B`, any other call `Name(args)`, e.g. `ImportValue(SharedTopicArn)`.
 */
export function placeholderName(value: Json): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(placeholderName).join(', ')}]`;
  if (!isIntrinsic(value)) return JSON.stringify(value);
  const [fn, args] = Object.entries(value)[0] as [string, Json];
  if (fn === 'Ref') return placeholderName(args);
  if (fn === 'Fn::GetAtt') return Array.isArray(args) ? args.map(placeholderName).join('.') : placeholderName(args);
  const list = Array.isArray(args) ? args.map(placeholderName).join(', ') : placeholderName(args);
  return `${fn.slice('Fn::'.length)}(${list})`;
}

/** `Fn::Sub`: a string, or `[string, variables]` whose variables may themselves be intrinsics. */
function subText(args: Json, escape: Escape): string {
  if (typeof args === 'string') return args;
  if (!Array.isArray(args) || typeof args[0] !== 'string') return escape('${' + placeholderName({ 'Fn::Sub': args }) + '}');
  const variables = isJsonObject(args[1]) ? args[1] : {};
  let text = '';
  for (const token of tokenizePlaceholders(args[0])) {
    if (token.kind === 'text') text += token.text;
    else if (token.kind === 'escape') text += '${!' + token.text.slice(2);
    else if (Object.prototype.hasOwnProperty.call(variables, token.name)) text += intrinsicText(variables[token.name] as Json, escape);
    else text += token.raw;
  }
  return text;
}

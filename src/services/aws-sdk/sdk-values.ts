import { isJsonObject, type Json, type JsonObject } from '../../asl/json.js';
import type { IntegrationTarget } from '../integrations/index.js';

/** How a `Date` in an SDK response becomes JSON. */
export type DateForm = 'iso' | 'epoch-ms';

/**
 * An SDK v3 response as the JSON a Task state receives (ASL-REFERENCE §6.5): without `$metadata` and
 * `undefined` members; blobs (`Uint8Array`, `Buffer`, streaming bodies) as strings, UTF-8 text when the
 * bytes are valid UTF-8, else base64; `Set` as an array; dates as ISO text (`aws-sdk:*`) or epoch
 * milliseconds (optimized integrations, as sfn-sim's recorded `states:startExecution` result has them).
 * @example
 * await sdkOutputToJson({ $metadata: { httpStatusCode: 200 }, Payload: new TextEncoder().encode('"ok"') }, 'iso')
 * // { Payload: '"ok"' }
 */
export async function sdkOutputToJson(value: unknown, dates: DateForm): Promise<Json> {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return null;
  if (value instanceof Date) return dates === 'iso' ? value.toISOString() : value.getTime();
  const bytes = await blobBytes(value);
  if (bytes !== undefined) return blobText(bytes);
  if (Array.isArray(value) || value instanceof Set) {
    const out: Json[] = [];
    for (const item of value) out.push(await sdkOutputToJson(item, dates));
    return out;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  const out: JsonObject = {};
  for (const [key, member] of entries) {
    if (key === '$metadata' || member === undefined || typeof member === 'function') continue;
    out[String(key)] = await sdkOutputToJson(member, dates);
  }
  return out;
}

/** The bytes of a blob-like value (bytes, SDK streaming body, web `Blob`, Node stream), else `undefined`. */
async function blobBytes(value: object): Promise<Uint8Array | undefined> {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  const transform = (value as { transformToByteArray?: unknown }).transformToByteArray;
  if (typeof transform === 'function') return (await transform.call(value)) as Uint8Array;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
  if (Symbol.asyncIterator in value) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of value as AsyncIterable<unknown>) {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
    }
    return Buffer.concat(chunks);
  }
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Blob bytes as AWS hands them to the state: text when they are UTF-8, otherwise base64. */
export function blobText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  }
}

/** A JSON value as the string member an API wants: strings as they are, anything else as JSON text. */
export function jsonText(value: Json | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The SDK input for an optimized integration. The optimized integrations take PascalCase members like
 * the SDK, but also accept JSON where the API wants a string and serialise it themselves
 * (ASL-REFERENCE §6.5): `sqs:sendMessage` MessageBody, `sns:publish` Message, `events:putEvents`
 * Entries[].Detail, `states:startExecution` Input, `bedrock:invokeModel` Body. `aws-sdk:*` parameters
 * go to the SDK unchanged.
 */
export function optimizedInput(target: IntegrationTarget, parameters: Json): Json {
  if (!isJsonObject(parameters)) return parameters;
  const key = `${target.service}:${target.action}`;
  const member = STRING_MEMBERS[key];
  if (member !== undefined && member in parameters) return { ...parameters, [member]: jsonText(parameters[member]) ?? null };
  if (key === 'events:putEvents' && Array.isArray(parameters['Entries'])) {
    const entries = parameters['Entries'].map((entry) =>
      isJsonObject(entry) && 'Detail' in entry ? { ...entry, Detail: jsonText(entry['Detail']) ?? null } : entry,
    );
    return { ...parameters, Entries: entries };
  }
  return parameters;
}

const STRING_MEMBERS: Readonly<Record<string, string>> = {
  'sqs:sendMessage': 'MessageBody',
  'sns:publish': 'Message',
  'states:startExecution': 'Input',
  'bedrock:invokeModel': 'Body',
};

/** JSON text parsed, or the text itself when it is not JSON; empty text is `null`. */
export function parseJsonText(text: string): Json {
  if (text === '') return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

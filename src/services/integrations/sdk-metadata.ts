import { setOwn, type Json, type JsonObject } from '../../asl/json.js';

/** Response headers in the order the service sent them (AWS keeps that order in `AllHttpHeaders`). */
export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * The `Date` header for a virtual instant, in RFC 7231 IMF-fixdate form.
 * @example
 * httpDate(Date.UTC(2025, 10, 6, 12, 35, 53)) // 'Thu, 06 Nov 2025 12:35:53 GMT'
 */
export function httpDate(now: number): string {
  return new Date(now).toUTCString();
}

/**
 * The two members Step Functions' SDK v1 client adds to every optimized request/response result
 * (ASL-REFERENCE §6.2, §6.5): `SdkHttpMetadata` with the headers twice (`AllHttpHeaders`: arrays, in
 * arrival order; `HttpHeaders`: plain strings, sorted case-insensitively as Java's TreeMap does) and the
 * status, and `SdkResponseMetadata` with the request id.
 * @example
 * sdkMetadata([['x-amzn-RequestId', id]], 200, id)
 * // { SdkHttpMetadata: { AllHttpHeaders: { 'x-amzn-RequestId': [id] }, HttpHeaders: { 'x-amzn-RequestId': id }, HttpStatusCode: 200 },
 * //   SdkResponseMetadata: { RequestId: id } }
 */
export function sdkMetadata(
  headers: HeaderList,
  statusCode: number,
  requestId: string,
): { SdkHttpMetadata: JsonObject; SdkResponseMetadata: JsonObject } {
  const all: JsonObject = {};
  for (const [name, value] of headers) all[name] = [value];
  const sorted: JsonObject = {};
  for (const [name, value] of [...headers].sort(([a], [b]) => caseInsensitive(a, b))) sorted[name] = value;
  return {
    SdkHttpMetadata: { AllHttpHeaders: all, HttpHeaders: sorted, HttpStatusCode: statusCode },
    SdkResponseMetadata: { RequestId: requestId },
  };
}

function caseInsensitive(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * An object with its keys in code-unit order: the SDK v1 result objects Step Functions serialises have
 * their properties sorted (every recorded optimized result has alphabetical top-level keys).
 */
export function sortedKeys(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) setOwn(out, key, value[key] as Json);
  return out;
}

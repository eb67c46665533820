import { createHash } from 'node:crypto';
import { stringArgument } from './arguments.js';
import type { IntrinsicImplementation } from './call-context.js';
import { invalidArguments } from './errors.js';

/** AWS: the data to hash may be at most 10,000 characters (ASL-REFERENCE §5.3). */
export const HASH_INPUT_LIMIT = 10_000;

/** AWS's algorithm names, spelled exactly (`sha-256` and `SHA256` fail), and Node's names for them. */
const ALGORITHMS: ReadonlyMap<string, string> = new Map([
  ['MD5', 'md5'],
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-384', 'sha384'],
  ['SHA-512', 'sha512'],
]);

/**
 * `States.Hash(data, algorithm)`: the lower-case hex digest of the UTF-8 bytes of `data`. Data that
 * is not a string is hashed as its compact JSON text (AWS was observed to accept numbers and objects).
 */
export const statesHash: IntrinsicImplementation = ([data, algorithm], context) => {
  const text = typeof data === 'string' ? data : JSON.stringify(data ?? null);
  if (text.length > HASH_INPUT_LIMIT) throw invalidArguments(context.call);
  const nodeName = ALGORITHMS.get(stringArgument(algorithm, context));
  if (nodeName === undefined) throw invalidArguments(context.call);
  return createHash(nodeName).update(text, 'utf8').digest('hex');
};

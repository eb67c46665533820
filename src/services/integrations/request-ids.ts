import type { Random } from '../../clock/random.js';

const BASE32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const UPPER_ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HEX = '0123456789abcdef';

function pick(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(random.int(0, alphabet.length - 1));
  return out;
}

/**
 * A request id in the form the service hands out: DynamoDB uses 52 base32hex characters, S3 16
 * upper-case alphanumerics, the others (Lambda, SQS, SNS, Step Functions, …) a UUID.
 * @example
 * requestIdFor('dynamodb', random) // 'KEH8ILL6M86U9VB1PV1IU9GQKJVV4KQNSO5AEMVJF66Q9ASUAAJG'
 */
export function requestIdFor(service: string, random: Random): string {
  switch (service) {
    case 'dynamodb':
      return pick(random, BASE32HEX, 52);
    case 's3':
      return pick(random, UPPER_ALNUM, 16);
    default:
      return random.uuid();
  }
}

/** S3's `x-amz-id-2` / Extended Request ID: base64 of 56 random bytes (76 characters). */
export function s3ExtendedRequestId(random: Random): string {
  const bytes = Buffer.alloc(56);
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(0, 255);
  return bytes.toString('base64');
}

/**
 * An X-Ray trace header value as Lambda echoes it (`root=1-<epoch seconds hex>-<96-bit hex>;sampled=0`).
 * AWS's recordings normalise it away, so only the form is plausible, not verified.
 */
export function traceId(now: number, random: Random): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return `root=1-${seconds}-${pick(random, HEX, 24)};sampled=0`;
}

import { stringArgument } from './arguments.js';
import type { IntrinsicImplementation } from './call-context.js';
import { invalidArguments } from './errors.js';

/** AWS: Base64Encode and Base64Decode take at most 10,000 characters (ASL-REFERENCE §5.3). */
export const BASE64_INPUT_LIMIT = 10_000;

/** `States.Base64Encode(text)`: the UTF-8 bytes of `text` in standard base64 with padding; `""` gives `""`. */
export const statesBase64Encode: IntrinsicImplementation = ([text], context) => {
  const source = stringArgument(text, context);
  if (source.length > BASE64_INPUT_LIMIT) throw invalidArguments(context.call);
  return Buffer.from(source, 'utf8').toString('base64');
};

/**
 * `States.Base64Decode(text)`: the decoded bytes read as UTF-8. Decoding is lenient, as AWS was
 * observed to be: characters outside the alphabet and surrounding spaces are skipped, and unpadded
 * input such as `"abc"` decodes. Invalid UTF-8 becomes U+FFFD.
 */
export const statesBase64Decode: IntrinsicImplementation = ([text], context) => {
  const source = stringArgument(text, context);
  if (source.length > BASE64_INPUT_LIMIT) throw invalidArguments(context.call);
  return Buffer.from(source, 'base64').toString('utf8');
};

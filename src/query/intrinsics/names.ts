import { closestName } from '../../asl/did-you-mean.js';
/** The 18 intrinsic functions AWS implements (ASL-REFERENCE §2.4), in the order the docs list them. */
export const INTRINSIC_NAMES = [
  'States.Format',
  'States.StringToJson',
  'States.JsonToString',
  'States.Array',
  'States.ArrayPartition',
  'States.ArrayContains',
  'States.ArrayRange',
  'States.ArrayGetItem',
  'States.ArrayLength',
  'States.ArrayUnique',
  'States.Base64Encode',
  'States.Base64Decode',
  'States.Hash',
  'States.JsonMerge',
  'States.MathRandom',
  'States.MathAdd',
  'States.StringSplit',
  'States.UUID',
] as const;

export type IntrinsicName = (typeof INTRINSIC_NAMES)[number];

const known: ReadonlySet<string> = new Set(INTRINSIC_NAMES);

export function isIntrinsicName(name: string): name is IntrinsicName {
  return known.has(name);
}

/** The closest known name, for "did you mean" hints: same letters ignoring case, or at most 2 edits away. */
export function suggestIntrinsicName(name: string): IntrinsicName | undefined {
  return closestName(name, INTRINSIC_NAMES) as IntrinsicName | undefined;
}

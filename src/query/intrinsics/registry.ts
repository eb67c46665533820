import {
  statesArray,
  statesArrayContains,
  statesArrayGetItem,
  statesArrayLength,
  statesArrayPartition,
  statesArrayRange,
  statesArrayUnique,
} from './array.js';
import type { IntrinsicImplementation } from './call-context.js';
import { statesBase64Decode, statesBase64Encode } from './encoding.js';
import { statesHash } from './hash.js';
import { statesJsonMerge, statesJsonToString, statesStringToJson } from './json.js';
import { statesMathAdd, statesMathRandom } from './math.js';
import type { IntrinsicName } from './names.js';
import { statesFormat, statesStringSplit } from './string.js';
import { statesUuid } from './uuid.js';

/** An intrinsic function: how many arguments it takes and what it computes. */
export interface IntrinsicDefinition {
  readonly minArgs: number;
  /** `Infinity` for Format and Array, which take any number. */
  readonly maxArgs: number;
  readonly evaluate: IntrinsicImplementation;
}

function fixed(count: number, evaluate: IntrinsicImplementation): IntrinsicDefinition {
  return { minArgs: count, maxArgs: count, evaluate };
}

/** Every intrinsic, keyed by its full name; `satisfies` makes a missing function a compile error. */
export const INTRINSICS = {
  'States.Format': { minArgs: 1, maxArgs: Infinity, evaluate: statesFormat },
  'States.StringToJson': fixed(1, statesStringToJson),
  'States.JsonToString': fixed(1, statesJsonToString),
  'States.Array': { minArgs: 0, maxArgs: Infinity, evaluate: statesArray },
  'States.ArrayPartition': fixed(2, statesArrayPartition),
  'States.ArrayContains': fixed(2, statesArrayContains),
  'States.ArrayRange': fixed(3, statesArrayRange),
  'States.ArrayGetItem': fixed(2, statesArrayGetItem),
  'States.ArrayLength': fixed(1, statesArrayLength),
  'States.ArrayUnique': fixed(1, statesArrayUnique),
  'States.Base64Encode': fixed(1, statesBase64Encode),
  'States.Base64Decode': fixed(1, statesBase64Decode),
  'States.Hash': fixed(2, statesHash),
  'States.JsonMerge': fixed(3, statesJsonMerge),
  'States.MathRandom': { minArgs: 2, maxArgs: 3, evaluate: statesMathRandom },
  'States.MathAdd': fixed(2, statesMathAdd),
  'States.StringSplit': fixed(2, statesStringSplit),
  'States.UUID': fixed(0, statesUuid),
} as const satisfies Record<IntrinsicName, IntrinsicDefinition>;

/** Why `count` arguments do not fit `name`, or `undefined` when they do. */
export function arityProblem(name: IntrinsicName, count: number): string | undefined {
  const { minArgs, maxArgs } = INTRINSICS[name] as IntrinsicDefinition;
  if (count >= minArgs && count <= maxArgs) return undefined;
  const expected =
    maxArgs === Infinity
      ? `at least ${minArgs} argument${minArgs === 1 ? '' : 's'}`
      : minArgs === maxArgs
        ? `${minArgs} argument${minArgs === 1 ? '' : 's'}`
        : `${minArgs} to ${maxArgs} arguments`;
  return `${name} takes ${expected}, but ${count} ${count === 1 ? 'was' : 'were'} given`;
}

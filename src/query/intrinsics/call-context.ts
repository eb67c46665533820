import type { Json } from '../../asl/json.js';
import type { Random } from '../../clock/random.js';
import type { CallNode } from './ast.js';

/** What an implementation may use besides its argument values: the call (for causes) and the seeded random. */
export interface CallContext {
  readonly call: CallNode;
  readonly random: Random;
}

/**
 * One intrinsic function. Receives its evaluated arguments (count already checked) and returns the
 * result, or throws a `StatesError` built by `errors.ts`.
 */
export type IntrinsicImplementation = (args: readonly Json[], context: CallContext) => Json;

import type { Random } from '../../clock/random.js';

/**
 * What shaping a service answer may use besides the answer itself. Everything that varies between
 * runs (request ids, dates) comes from here, so the same seed and clock give the same result.
 */
export interface IntegrationContext {
  /** The seeded generator for request ids, trace ids and the like; never `Math.random`. */
  readonly random: Random;
  /** The virtual clock's now, in epoch milliseconds (for `Date` headers and `StartDate`). */
  readonly now: number;
  /** The execution's region, e.g. `us-east-1`. */
  readonly region: string;
  /** The execution's account id, e.g. `123456789012`. */
  readonly accountId: string;
}

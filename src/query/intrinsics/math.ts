import { intArgument, javaRound, numberArgument } from './arguments.js';
import type { IntrinsicImplementation } from './call-context.js';
import { invalidArguments } from './errors.js';
import { JavaRandom } from './java-random.js';

/**
 * `States.MathRandom(start, end[, seed])`: a random integer with start ≤ n < end (the AWS docs say
 * start inclusive, end exclusive; observed: start = end fails). Bounds drop their fractions.
 * Without a seed the number comes from the execution's seeded random; with one it is
 * `start + new java.util.Random(seed).nextInt(end - start)`, so a given seed argument gives the same
 * number in every run, whatever the run's own seed (observed on AWS: seed 42 over [-5, 5) gives -5).
 */
export const statesMathRandom: IntrinsicImplementation = (args, context) => {
  const start = intArgument(args[0], context);
  const end = intArgument(args[1], context);
  const span = end - start;
  if (span <= 0 || span > 2147483647) throw invalidArguments(context.call);
  if (args.length < 3) return context.random.int(start, end - 1);
  const seed = numberArgument(args[2], context);
  return start + new JavaRandom(seed).nextInt(span);
};

/**
 * `States.MathAdd(a, b)`: the sum after rounding each argument with Java's `Math.round` (half-way
 * toward positive infinity). Recorded on AWS: (1.49, 1.50) = 3, (-1.5, 0) = -1, (-2.5, 0) = -2,
 * (-0.5, 0.5) = 1. The SPEC asks for integers; AWS rounds instead.
 */
export const statesMathAdd: IntrinsicImplementation = ([a, b], context) => {
  const sum = javaRound(numberArgument(a, context)) + javaRound(numberArgument(b, context));
  if (!Number.isSafeInteger(sum)) throw invalidArguments(context.call);
  return sum;
};

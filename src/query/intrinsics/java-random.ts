const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

/**
 * A port of `java.util.Random` (the 48-bit linear congruential generator), bit for bit. AWS runs on
 * the JVM: `States.MathRandom(-5, 5, 42)` was observed to give -5, which is `-5 + new
 * Random(42).nextInt(10)`, and JSONata's `$random(42)` gives `new Random(42).nextDouble()`.
 *
 * @example
 * ```ts
 * new JavaRandom(42).nextInt(10); // 0, as in Java
 * ```
 */
export class JavaRandom {
  private seed: bigint;

  /** `seed` is read as a Java `long` (64-bit two's complement); fractions are dropped. */
  constructor(seed: number | bigint) {
    const long = BigInt.asIntN(64, typeof seed === 'bigint' ? seed : BigInt(Math.trunc(seed)));
    this.seed = (long ^ MULTIPLIER) & MASK;
  }

  private next(bits: number): number {
    this.seed = (this.seed * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }

  /** `nextInt()`: any 32-bit signed integer. */
  nextInt(): number;
  /** `nextInt(bound)`: an integer in [0, bound); `bound` must be a positive 32-bit integer. */
  nextInt(bound: number): number;
  nextInt(bound?: number): number {
    if (bound === undefined) return this.next(32);
    if (!Number.isInteger(bound) || bound <= 0 || bound > 2147483647) {
      throw new RangeError(`bound must be a positive 32-bit integer, got ${bound}`);
    }
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    // Java rejects the top partial range by checking for int overflow of u - r + m.
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }

  /** `nextDouble()`: a double in [0, 1) built from 53 random bits. */
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53;
  }
}

/**
 * A JSONPath that cannot be compiled. Thrown at definition-compile time, never while running.
 *
 * @example
 * ```ts
 * try { compilePath('$.a b'); } catch (e) { if (e instanceof PathSyntaxError) console.log(e.message); }
 * // "a property name with blanks needs brackets, e.g. $['my prop'] (at position 3 of '$.a b')"
 * ```
 */
export class PathSyntaxError extends Error {
  override readonly name = 'PathSyntaxError';
  constructor(
    /** The whole path text. */
    readonly path: string,
    /** What is wrong, without the location. */
    readonly problem: string,
    /** 0-based offset into `path` where the problem was found. */
    readonly position: number,
  ) {
    super(`${problem} (at position ${position} of '${path}')`);
  }
}

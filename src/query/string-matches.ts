/**
 * The Choice `StringMatches` pattern language (ASL-REFERENCE §1.6): `*` matches zero or more
 * characters, `\*` is a literal star, `\\` a literal backslash, and every other character is
 * literal (`?`, `[`, `.` included: no glob, no regex). Matching is anchored at both ends.
 */

/**
 * A `StringMatches` pattern with an escape backslash that is not followed by `*` or `\`.
 *
 * The ASL spec calls this a runtime error; the pattern is a literal in the definition, so we
 * report it when the definition is compiled. AWS's exact wording for it is not recorded [UNVERIFIED].
 */
export class StringMatchesPatternError extends Error {
  override readonly name = 'StringMatchesPatternError';
  constructor(
    readonly pattern: string,
    /** UTF-16 index of the offending backslash in `pattern`. */
    readonly index: number,
  ) {
    super(unpairedEscapeMessage(pattern, index));
  }
}

/** The text of {@link StringMatchesPatternError}. */
export function unpairedEscapeMessage(pattern: string, index: number): string {
  const after = index + 1 < pattern.length ? `'${pattern[index + 1]}'` : 'the end of the pattern';
  return (
    `Unpaired escape '\\' at index ${index} of StringMatches pattern ${JSON.stringify(pattern)} (followed by ${after}): ` +
    `only '\\*' (a literal '*') and '\\\\' (a literal '\\') are escapes; write '\\\\' for a literal backslash`
  );
}

/**
 * Compiles a `StringMatches` pattern into a predicate. Throws {@link StringMatchesPatternError} for an
 * unpaired escape.
 *
 * Matching splits the pattern at its wildcards into literal segments and finds each middle segment
 * at its leftmost position (greedy, never backtracking), which is exact for `*`-only patterns and
 * takes time linear in the value per segment: `*a*a*a*a*b` cannot blow up.
 *
 * @example
 * const isLog = compileStringMatches('foo*.log');
 * isLog('foo23.log'); // true
 * isLog('foo23.txt'); // false
 * compileStringMatches('\\*?')('*?'); // true: `\*` and `?` are literal
 */
export function compileStringMatches(pattern: string): (value: string) => boolean {
  const segments = splitPattern(pattern);
  const first = segments[0] ?? '';
  if (segments.length === 1) return (value) => value === first;

  const last = segments[segments.length - 1] ?? '';
  const middles = segments.slice(1, -1).filter((s) => s.length > 0);
  const minLength = first.length + last.length + middles.reduce((n, s) => n + s.length, 0);
  if (first === '' && last === '' && middles.length === 0) return () => true;

  return (value) => {
    if (value.length < minLength || !value.startsWith(first) || !value.endsWith(last)) return false;
    let from = first.length;
    const end = value.length - last.length;
    for (const segment of middles) {
      const at = value.indexOf(segment, from);
      if (at < 0 || at + segment.length > end) return false;
      from = at + segment.length;
    }
    return true;
  };
}

/** Literal segments between unescaped `*`s (a pattern with n wildcards gives n + 1 segments). */
function splitPattern(pattern: string): string[] {
  const segments: string[] = [];
  let current = '';
  let literalStart = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      const next = pattern.charCodeAt(i + 1);
      if (next !== 0x2a /* * */ && next !== 0x5c) throw new StringMatchesPatternError(pattern, i);
      current += pattern.slice(literalStart, i) + pattern[i + 1];
      i++;
      literalStart = i + 1;
    } else if (c === 0x2a) {
      segments.push(current + pattern.slice(literalStart, i));
      current = '';
      literalStart = i + 1;
    }
  }
  segments.push(current + pattern.slice(literalStart));
  return segments;
}

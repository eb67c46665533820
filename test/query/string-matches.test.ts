import { describe, expect, it } from 'vitest';
import { compileStringMatches, StringMatchesPatternError } from '../../src/query/string-matches.js';

function matches(pattern: string, value: string): boolean {
  return compileStringMatches(pattern)(value);
}

describe('compileStringMatches', () => {
  it('matches the ASL spec examples (ASL-REFERENCE §1.6)', () => {
    expect(matches('foo*.log', 'foo23.log')).toBe(true);
    expect(matches('*.log', 'zebra.log')).toBe(true);
    expect(matches('foo*.*', 'foobar.zebra')).toBe(true);
  });

  it('anchors the pattern at both ends', () => {
    expect(matches('foo*.log', 'xfoo23.log')).toBe(false);
    expect(matches('foo*.log', 'foo23.logx')).toBe(false);
    expect(matches('abc', 'abc')).toBe(true);
    expect(matches('abc', 'abcd')).toBe(false);
    expect(matches('', '')).toBe(true);
    expect(matches('', 'a')).toBe(false);
  });

  it('lets * match zero or more characters, anywhere and repeatedly', () => {
    expect(matches('*', '')).toBe(true);
    expect(matches('*', 'anything at all')).toBe(true);
    expect(matches('**', '')).toBe(true);
    expect(matches('a*', 'a')).toBe(true);
    expect(matches('*a', 'a')).toBe(true);
    expect(matches('a*b*c', 'abc')).toBe(true);
    expect(matches('a*b*c', 'axxbyyc')).toBe(true);
    expect(matches('a*b*c', 'acb')).toBe(false);
  });

  it('does not let the prefix and suffix overlap', () => {
    expect(matches('ab*ba', 'aba')).toBe(false);
    expect(matches('ab*ba', 'abba')).toBe(true);
    expect(matches('a*a', 'a')).toBe(false);
  });

  it('keeps a middle segment clear of the suffix', () => {
    expect(matches('*ab*b', 'ab')).toBe(false);
    expect(matches('*ab*b', 'abb')).toBe(true);
  });

  it('treats every other character literally: no glob (? [ ]) and no regex (. + ( ^ $)', () => {
    expect(matches('a?c', 'abc')).toBe(false);
    expect(matches('a?c', 'a?c')).toBe(true);
    expect(matches('[ab]', 'a')).toBe(false);
    expect(matches('[ab]', '[ab]')).toBe(true);
    expect(matches('a.c', 'abc')).toBe(false);
    expect(matches('^(a+)$', '^(a+)$')).toBe(true);
    expect(matches('a{2}', 'aa')).toBe(false);
  });

  it('reads \\* as a literal star and \\\\ as a literal backslash', () => {
    expect(matches('\\*', '*')).toBe(true);
    expect(matches('\\*', 'x')).toBe(false);
    expect(matches('a\\*b*', 'a*bcd')).toBe(true);
    expect(matches('a\\*b*', 'axbcd')).toBe(false);
    expect(matches('\\\\', '\\')).toBe(true);
    expect(matches('C:\\\\*', 'C:\\temp')).toBe(true);
    expect(matches('\\\\*', '\\abc')).toBe(true); // escaped backslash, then a wildcard
    expect(matches('\\\\\\*', '\\*')).toBe(true); // escaped backslash, then escaped star
  });

  it('compares characters exactly: no case folding, no normalisation', () => {
    expect(matches('Foo*', 'foo')).toBe(false);
    expect(matches('caf\u00e9', 'cafe\u0301')).toBe(false);
    expect(matches('*😀*', 'I 😀 it')).toBe(true);
  });

  it('rejects an unpaired escape when the pattern is compiled', () => {
    expect(() => compileStringMatches('abc\\')).toThrow(StringMatchesPatternError);
    expect(() => compileStringMatches('a\\bc')).toThrowErrorMatchingInlineSnapshot(
      `[StringMatchesPatternError: Unpaired escape '\\' at index 1 of StringMatches pattern "a\\\\bc" (followed by 'b'): only '\\*' (a literal '*') and '\\\\' (a literal '\\') are escapes; write '\\\\' for a literal backslash]`,
    );
    expect(() => compileStringMatches('ab\\')).toThrowErrorMatchingInlineSnapshot(
      `[StringMatchesPatternError: Unpaired escape '\\' at index 2 of StringMatches pattern "ab\\\\" (followed by the end of the pattern): only '\\*' (a literal '*') and '\\\\' (a literal '\\') are escapes; write '\\\\' for a literal backslash]`,
    );
  });

  it('runs in linear time on patterns that make backtracking matchers explode', () => {
    const value = 'a'.repeat(100_000);
    const match = compileStringMatches('*a*a*a*a*a*a*a*a*a*a*b');
    const started = performance.now();
    expect(match(value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

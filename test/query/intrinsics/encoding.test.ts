import { describe, expect, it } from 'vitest';
import { evaluate, failure } from './support.js';

describe('States.Base64Encode', () => {
  it('encodes UTF-8 bytes in standard base64; "" gives "" (recorded on AWS)', () => {
    expect(evaluate('States.Base64Encode($.FunctionInput)', { FunctionInput: '' })).toBe('');
    expect(evaluate('States.Base64Encode($.s)', { s: 'Hello World' })).toBe('SGVsbG8gV29ybGQ=');
    expect(evaluate("States.Base64Encode('✓')")).toBe('4pyT');
    expect(evaluate("States.Base64Encode('🚀')")).toBe('8J+agA==');
  });

  it('accepts 10,000 characters and fails on 10,001', () => {
    expect(evaluate('States.Base64Encode($.s)', { s: 'a'.repeat(10_000) })).toHaveLength(13_336);
    expect(failure('States.Base64Encode($.s)', { s: 'a'.repeat(10_001) })).toMatchInlineSnapshot(`
      {
        "cause": "There was an error while evaluating the intrinsic function: States.Base64Encode($.s). Invalid arguments in States.Base64Encode",
        "error": "States.Runtime",
      }
    `);
  });

  it('fails on a non-string', () => {
    expect(failure('States.Base64Encode(123)').error).toBe('States.Runtime');
    expect(failure('States.Base64Encode($.o)', { o: {} }).error).toBe('States.Runtime');
  });
});

describe('States.Base64Decode', () => {
  it('decodes to a UTF-8 string (recorded on AWS)', () => {
    expect(evaluate('States.Base64Decode($.s)', { s: 'SGVsbG8gV29ybGQ=' })).toBe('Hello World');
    expect(evaluate("States.Base64Decode('')")).toBe('');
    expect(evaluate("States.Base64Decode('44GT44KT44Gr44Gh44Gv')")).toBe('こんにちは');
    expect(evaluate('States.Base64Decode(States.Base64Encode($.s))', { s: 'abc\u0000def' })).toBe('abc\u0000def');
  });

  it('is lenient like AWS: unpadded input decodes and surrounding spaces are skipped', () => {
    expect(evaluate("States.Base64Decode('YWJjZA')")).toBe('abcd');
    expect(evaluate("States.Base64Decode(' YWJjZA== ')")).toBe('abcd');
  });

  it('fails on more than 10,000 characters and on a non-string', () => {
    expect(failure('States.Base64Decode($.s)', { s: 'A'.repeat(10_001) }).cause).toContain('Invalid arguments in States.Base64Decode');
    expect(failure('States.Base64Decode(123)').error).toBe('States.Runtime');
  });
});

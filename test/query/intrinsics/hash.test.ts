import { describe, expect, it } from 'vitest';
import { evaluate, failure } from './support.js';

describe('States.Hash', () => {
  const call = 'States.Hash($.FunctionInput.fst, $.FunctionInput.snd)';
  const hash = (algorithm: string) => evaluate(call, { FunctionInput: { fst: 'input data', snd: algorithm } });

  it('returns the lower-case hex digest (recorded on AWS)', () => {
    expect(hash('MD5')).toBe('812f45842bc6d66ee14572ce20db8e86');
    expect(hash('SHA-1')).toBe('aaff4a450a104cd177d28d18d74485e8cae074b7');
    expect(hash('SHA-256')).toBe('b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3');
    expect(hash('SHA-512')).toBe(
      '6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4',
    );
    expect(evaluate("States.Hash($.s, 'SHA-256')", { s: 'Hash this string' })).toBe(
      '1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e',
    );
  });

  it('supports SHA-384', () => {
    expect(evaluate("States.Hash('hello', 'SHA-384')")).toBe(
      '59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f',
    );
  });

  it('hashes data that is not a string as its JSON text', () => {
    expect(evaluate("States.Hash(123, 'MD5')")).toBe(evaluate("States.Hash('123', 'MD5')"));
    expect(evaluate("States.Hash($.o, 'MD5')", { o: { a: [1] } })).toBe(evaluate("States.Hash('{\"a\":[1]}', 'MD5')"));
  });

  it('accepts 10,000 characters and fails on 10,001', () => {
    expect(evaluate("States.Hash($.s, 'MD5')", { s: 'a'.repeat(10_000) })).toMatch(/^[0-9a-f]{32}$/);
    expect(failure("States.Hash($.s, 'MD5')", { s: 'a'.repeat(10_001) }).cause).toContain('Invalid arguments in States.Hash');
  });

  it('accepts only the exact algorithm names', () => {
    for (const algorithm of ['sha-256', 'SHA256', 'MD-5', '', 'UNSUPPORTED']) {
      expect(failure(`States.Hash('data', '${algorithm}')`)).toEqual({
        error: 'States.Runtime',
        cause: `There was an error while evaluating the intrinsic function: States.Hash('data', '${algorithm}'). Invalid arguments in States.Hash`,
      });
    }
    expect(failure("States.Hash('data', 123)").error).toBe('States.Runtime');
  });
});

import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DefinitionError, StateMachine, validateStateMachine } from '../../src/index.js';
import { haveShared, readJsonFile, SHARED } from './shared-corpus.js';
import { realCorpusFiles } from '../../scripts/real-corpus-files.js';

function assertReport(input: unknown): void {
  const report = validateStateMachine(input);
  expect(['OK', 'FAIL']).toContain(report.result);
  expect(report.result === 'FAIL').toBe(report.diagnostics.some((d) => d.severity === 'ERROR'));
  // the validator turns an internal exception into this diagnostic: it must never be needed
  expect(report.diagnostics.filter((d) => d.message.startsWith('sfn-sim could not validate'))).toEqual([]);
}

function constructOnlyThrowsDefinitionError(input: unknown): void {
  try {
    new StateMachine(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DefinitionError);
  }
}

const realDir = join(SHARED, 'corpus/real');
const real: unknown[] = haveShared
  ? realCorpusFiles(realDir)
      .slice(0, 60)
      .map((f) => readJsonFile(join(realDir, f)))
  : [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }];

/** A random mutation of a definition: delete a key, replace a value, rename a state, change a Type. */
function mutate(definition: unknown, choices: number[], replacement: unknown): unknown {
  const copy = structuredClone(definition) as Record<string, unknown>;
  const objects: Record<string, unknown>[] = [];
  const collect = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
    Object.values(v).forEach(collect);
  };
  collect(copy);
  for (const c of choices) {
    const target = objects[c % objects.length];
    if (target === undefined) continue;
    const keys = Object.keys(target);
    const key = keys[c % Math.max(keys.length, 1)];
    if (key === undefined) continue;
    switch (c % 4) {
      case 0:
        delete target[key];
        break;
      case 1:
        target[key] = replacement;
        break;
      case 2:
        target[`${key}_renamed`] = target[key];
        delete target[key];
        break;
      default:
        if ('Type' in target) target['Type'] = ['Pass', 'Task', 'Map', 'Choice', 'Bogus'][c % 5] as string;
    }
  }
  return copy;
}

describe('validateStateMachine never throws', () => {
  it('for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), assertReport), { numRuns: 300 });
  });

  it('for any JavaScript value, __proto__ and constructor keys included', () => {
    const keyed = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'States', 'StartAt', 'Type'), fc.anything());
    fc.assert(fc.property(fc.oneof(fc.anything(), keyed), assertReport), { numRuns: 300 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('for JSON text, valid or not', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), assertReport), { numRuns: 300 });
  });

  it('for mutated real definitions, and the constructor only throws DefinitionError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...real), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue(), (d, choices, value) => {
        const mutated = mutate(d, choices, value);
        assertReport(mutated);
        constructOnlyThrowsDefinitionError(mutated);
      }),
      { numRuns: 300 },
    );
  });

  it('for non-JSON values, cycles, prototype keys and deep nesting, with a diagnostic', () => {
    const cyclic: Record<string, unknown> = { StartAt: 'A', States: {} };
    (cyclic['States'] as Record<string, unknown>)['A'] = cyclic;
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const inputs = [
      () => 1,
      undefined,
      10n,
      cyclic,
      { StartAt: 'A', States: { A: { Type: 'Pass', End: true, Result: Number.NaN } } },
      JSON.parse('{"__proto__": {"polluted": true}, "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}'),
      { StartAt: 'A', States: { A: { Type: 'Pass', End: true, Result: deep } } },
      '['.repeat(100_000),
    ];
    for (const input of inputs) {
      const report = validateStateMachine(input);
      expect(report.result).toBe('FAIL');
      constructOnlyThrowsDefinitionError(input);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStateMachine } from '../../src/index.js';
import { haveShared, jsonFilesUnder, readJsonFile, SHARED } from './shared-corpus.js';

/**
 * AWS's rejections of definitions (../shared/conformance/error_cases). Only definition rejections
 * count: CreateStateMachine/TestState with InvalidDefinition and an 'Invalid State Machine
 * Definition' message, or LocalStack's Map Label wording. Skipped (not about the definition):
 * TestState mock validation, RoleArn, versioning, UpdateStateMachine parameters, and TestState's
 * "does not support Map or Parallel" (a TestState limit, the definitions are valid).
 */
interface ErrorCase {
  api: string;
  request: { definition?: unknown; stateName?: string; type?: string };
  expected: { error_code?: string; message?: string };
}
const DIR = join(SHARED, 'conformance/error_cases');
const AWS_WORDING = /^Invalid State Machine Definition: '([A-Z_]+): (.*) at (\/[^']*)'$/s;

const cases = jsonFilesUnder(DIR)
  .map((file) => ({ file, c: readJsonFile(join(DIR, file)) as ErrorCase }))
  .filter(({ c }) => {
    const m = c.expected.message ?? '';
    return c.expected.error_code === 'InvalidDefinition' && (m.startsWith('Invalid State Machine Definition') || m.includes('Label'));
  });

/** TestState sends one state: wrap it as a machine, named as the request names it (or as AWS's message does). */
function definitionOf(c: ErrorCase): unknown {
  const d = c.request.definition;
  if (c.api !== 'TestState' || (typeof d === 'object' && d !== null && 'States' in d)) return realArns(d);
  const name = c.request.stateName ?? 'StateName';
  return realArns({ StartAt: name, States: { [name]: d } });
}

/** The corpus's normalised ARN tokens and bare activity names, put back into real form. */
function realArns(definition: unknown): unknown {
  const text = JSON.stringify(definition).replace(/<partition>/g, 'aws');
  const value = JSON.parse(text) as unknown;
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (o['Type'] === 'Task' && typeof o['Resource'] === 'string' && !o['Resource'].startsWith('arn:'))
      o['Resource'] = `arn:aws:states:us-east-1:111111111111:activity:${o['Resource']}`;
    Object.values(o).forEach(visit);
  };
  visit(value);
  return value;
}

describe.runIf(haveShared)('definitions AWS rejected (../shared/conformance/error_cases)', () => {
  it('finds the definition rejections', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map(({ file, c }) => [file, c] as const))('%s', (_file, c) => {
    const type = c.request.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
    const report = validateStateMachine(definitionOf(c), { type });
    expect(report.result).toBe('FAIL');
    const message = c.expected.message ?? '';
    const aws = AWS_WORDING.exec(message);
    if (aws !== null) {
      const [, code, text, location] = aws;
      expect(report.diagnostics).toContainEqual({ severity: 'ERROR', code, message: text, location });
    } else {
      // LocalStack's Label wording; AWS's code for it is INVALID_LABEL_NAME (§10.2)
      expect(report.diagnostics).toContainEqual(
        expect.objectContaining({ code: 'INVALID_LABEL_NAME', location: '/States/MapState/Label' }),
      );
    }
  });
});

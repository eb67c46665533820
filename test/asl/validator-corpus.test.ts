import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStateMachine } from '../../src/index.js';
import { haveShared, readJsonFile, SHARED } from './shared-corpus.js';

/** asl-validator's fixtures (../shared/corpus/validator, see its README): valid ones pass, invalid ones fail. */
const DIR = join(SHARED, 'corpus/validator');
interface Entry {
  file: string;
  expectedValid: boolean;
  comment?: string;
}
const entries: Entry[] = haveShared ? (readJsonFile(join(DIR, 'manifest.json')) as { entries: Entry[] }).entries : [];

/** The rule an invalid fixture's name or comment states, as the code and location we report for it. */
const EXPECTED: Record<string, { code: string; location: string }> = {
  'invalid/invalid-cfn-definition-substitutions.json': { code: 'INVALID_RESOURCE', location: '/States/X/Resource' },
  'invalid/invalid-fail-dupe-cause.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/Hello' },
  'invalid/invalid-fail-dupe-error.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/Hello' },
  'invalid/invalid-inexistant-state.json': { code: 'MISSING_TRANSITION_TARGET', location: '/States/Start State/Next' },
  'invalid/invalid-exercise-ajv-additional-properties.asl.json': {
    code: 'SCHEMA_VALIDATION_FAILED',
    location: '/States/PassState/bugInputPath',
  },
  'invalid/invalid-exercise-ajv.asl.json': { code: 'INVALID_JSON_PATH', location: '/States/PassState/InputPath' },
  'invalid/invalid-jsonata-fields.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/EmptyState/Parameters' },
  'invalid/invalid-map-dupe-state.json': { code: 'DUPLICATE_STATE_NAME', location: '' },
  'invalid/invalid-map-tolerated-value.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/Map/ToleratedFailurePercentage' },
  'invalid/invalid-map-tolerated.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/Map' },
  'invalid/invalid-missing-terminal.json': { code: 'MISSING_END_STATE', location: '/' },
  'invalid/invalid-missing-terminal-map.json': { code: 'MISSING_END_STATE', location: '' },
  'invalid/invalid-missing-terminal-parallel.json': { code: 'MISSING_END_STATE', location: '/States/Parallel/Branches/0' },
  'invalid/invalid-parallel-missing-branches.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/Parallel' },
  'invalid/invalid-state-name-too-long.json': { code: 'INVALID_STATE_NAME', location: '' },
  'invalid/invalid-task-timout.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/X' },
  'invalid/invalid-task-heartbeat.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/X' },
  'invalid/invalid-unreachable-state.json': { code: 'MISSING_TRANSITION_TARGET', location: '/States/Finished Choice' },
  'invalid/invalid-wait-duration.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '' },
  'invalid/invalid-math-add.json': { code: 'SCHEMA_VALIDATION_FAILED', location: '/States/validate input/Parameters/foo.$' },
  'invalid/invalid-variable-result-path.json': { code: 'INVALID_JSON_PATH', location: '/States/Fin/ResultPath' },
};

/**
 * Fixtures where our verdict differs from asl-validator's, each because AWS behaves otherwise (8 of 112):
 * - AWS rejects (recorded or observed, ASL-REFERENCE §10.3, §3.1, §4.1): credentials without RoleArn,
 *   a Resource that is a CloudFormation object, a JSONPath state inside a JSONata machine, a
 *   variable name with '-' (names are Unicode identifiers).
 * - AWS accepts, per §3.2 (a string not wrapped exactly in `{%`/`%}` is a literal, and blanks inside
 *   the braces belong to the expression): the four "surround syntax" fixtures.
 * One more differs for want of evidence: `$[(@.length-1)]` is a script expression, which Jayway
 * (AWS's JSONPath) does not have; nothing recorded shows AWS accepting it.
 */
const DISAGREE: Record<string, string> = {
  'valid/valid-task-credentials.json': 'AWS: "The field \'RoleArn\' is required but was missing" (error_cases/credentials)',
  'valid/valid-task-intrisic-function.json': 'Resource is a CloudFormation object; AWS needs a string',
  'valid/valid-map-with-item-batcher-jsonata.json': 'a JSONPath state in a JSONata machine (§3.1)',
  'valid/valid-assign.asl.json': 'variable names are Unicode identifiers: "top-level" is not one (§4.1)',
  'valid/valid-path-array-context.json': 'a script expression, which Jayway does not support',
  'invalid/invalid-json-surround-syntax-extra-spaces.json': 'a JSONata expression with spaces is still one (§3.2)',
  'invalid/invalid-jsonata-surround-syntax-no-close.json': 'a literal string in JSONata (§3.2)',
  'invalid/invalid-jsonata-surround-syntax-no-open.json': 'a literal string in JSONata (§3.2)',
  'invalid/invalid-jsonata-surround-syntax-no-spaces.json': '"{%10%}" is an expression (§3.2)',
};

describe.runIf(haveShared)('asl-validator fixtures (../shared/corpus/validator)', () => {
  it.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const report = validateStateMachine(readJsonFile(join(DIR, entry.file)));
    const errors = report.diagnostics.filter((d) => d.severity === 'ERROR');
    const expectedValid = DISAGREE[entry.file] === undefined ? entry.expectedValid : !entry.expectedValid;
    if (expectedValid) {
      expect(errors).toEqual([]);
      return;
    }
    expect(report.result).toBe('FAIL');
    if (!entry.expectedValid && DISAGREE[entry.file] !== undefined) return;
    const rule = EXPECTED[entry.file];
    if (rule !== undefined) {
      expect(errors.map((d) => d.code)).toContain(rule.code);
      // an empty location: the rule is clear, but where it fires depends on which of several states it names
      if (rule.location !== '') expect(errors.filter((d) => d.code === rule.code).map((d) => d.location)).toContain(rule.location);
    }
  });
});

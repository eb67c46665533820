import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDefinitionFile, validateStateMachine } from '../../src/index.js';
import { realCorpusFiles } from '../../scripts/real-corpus-files.js';
import { withRealResourceArns } from '../../scripts/conformance/real-resources.js';
import { haveShared, jsonFilesUnder, readJsonFile, SHARED } from './shared-corpus.js';

/** Definitions AWS accepted: a guard against an over-strict schema. */
describe.runIf(haveShared)('definitions recorded on AWS (../shared/conformance/cases) validate', () => {
  const dir = join(SHARED, 'conformance/cases');
  const files = jsonFilesUnder(dir);
  it.each(files)('%s', (file) => {
    const c = readJsonFile(join(dir, file)) as { definition: unknown; meta?: { state_machine_type?: string } };
    // the corpus normalised ARNs (`arn:<partition>:…`); put real tokens back, as the conformance runner does
    const { definition } = withRealResourceArns(c.definition);
    activityArns(definition);
    const type = c.meta?.state_machine_type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
    const errors = validateStateMachine(definition, { type }).diagnostics.filter((d) => d.severity === 'ERROR');
    expect(errors).toEqual([]);
  });
});

/** The harness named activities by a bare name (`activity_arn`); AWS saw an activity ARN there. */
function activityArns(definition: unknown): void {
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const o = value as Record<string, unknown>;
    const r = o['Resource'];
    if (o['Type'] === 'Task' && typeof r === 'string' && !r.startsWith('arn:'))
      o['Resource'] = `arn:aws:states:us-east-1:111111111111:activity:${r}`;
    for (const v of Object.values(o)) visit(v);
  };
  visit(definition);
}

/**
 * Real-world definitions (../shared/corpus/real), loaded the way users load them: through the loader,
 * with every `${...}` placeholder given a stand-in by `genericSubstitution`. Every one AWS accepts
 * validates with no error. The exceptions, with the reason AWS would reject them:
 */
const AWS_REJECTS: Record<string, string> = {
  'step-functions-workflows-collection__shared-fallback-state-jsonata--statemachine--statemachine.asl.json':
    '"QueryLanguage": "JSONata" is an entry of States (a string, not a state); its states then use JSONata fields in a JSONPath machine',
};

describe.runIf(haveShared)('real-world definitions (../shared/corpus/real) load and validate', () => {
  const dir = join(SHARED, 'corpus/real');
  const files = haveShared ? realCorpusFiles(dir) : [];
  it('covers the whole corpus', () => {
    expect(files.length).toBe(309);
  });
  it.each(files)('%s', async (file) => {
    const [report] = await validateDefinitionFile(join(dir, file));
    if (AWS_REJECTS[file] !== undefined) expect(report?.result).toBe('FAIL');
    else expect(report?.diagnostics.filter((d) => d.severity === 'ERROR')).toEqual([]);
  });
});

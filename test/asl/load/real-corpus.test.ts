import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../../src/asl/json.js';
import { genericSubstitution } from '../../../src/asl/load/generic-substitution.js';
import { loadDefinitionFile } from '../../../src/asl/load/load-definition-file.js';
import { applySubstitutions } from '../../../src/asl/load/substitutions.js';
import { realCorpusFiles } from '../../../scripts/real-corpus-files.js';

const CORPUS = '../shared/corpus/real';
const files = realCorpusFiles(CORPUS);

describe('the real-world corpus (309 definitions from AWS samples, with their ${...} placeholders)', () => {
  it('holds the definitions this test expects', () => {
    expect(files.length).toBe(309);
  });

  it('loads every definition with genericSubstitution and leaves no placeholder unresolved', async () => {
    const problems: string[] = [];
    let withPlaceholders = 0;
    for (const name of files) {
      const file = join(CORPUS, name);
      const loaded = await loadDefinitionFile(file, { substitutions: genericSubstitution });
      for (const d of loaded.diagnostics) problems.push(`${name}: ${d.code} ${d.message} at ${d.location}`);
      // The loader reads JSON with the YAML parser: it must give what JSON.parse gives.
      const reference = applySubstitutions(JSON.parse(readFileSync(file, 'utf8')) as Json, genericSubstitution);
      const expected = reference.definition;
      if (reference.placeholders.length > 0) withPlaceholders++;
      if (JSON.stringify(loaded.definition) !== JSON.stringify(expected)) problems.push(`${name}: differs from JSON.parse`);
    }
    expect(problems).toEqual([]);
    // the corpus manifest counts 214 definitions with placeholders: the test is not vacuous
    expect(withPlaceholders).toBeGreaterThanOrEqual(214);
  });
});

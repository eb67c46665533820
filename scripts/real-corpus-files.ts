import { readdirSync } from 'node:fs';

/** The definitions of ../shared/corpus/real: every `.json` but the corpus's own manifest, feature tables and skip list. */
export function realCorpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json' && f !== 'skipped.json' && !f.startsWith('features'))
    .sort();
}

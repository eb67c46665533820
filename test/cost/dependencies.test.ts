import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** STYLE: dependencies point inward; `cost/` uses the engine, the engine never uses `cost/`. */
const INNER = ['src/engine', 'src/query', 'src/history', 'src/asl', 'src/clock', 'src/services'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('cost/ dependencies', () => {
  it('no engine, query, history, asl, clock or services module imports cost/', () => {
    const offences = INNER.flatMap((folder) =>
      sourceFiles(folder).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
          .filter((m) => /\/cost\//.test(m[1] as string))
          .map((m) => `${relative('.', file)} imports ${m[1]}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('cost/ imports nothing from the CLI, reports, matchers or fuzzing', () => {
    const offences = sourceFiles('src/cost').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
        .filter((m) => /\/(cli|report|fuzz)\/|matchers/.test(m[1] as string))
        .map((m) => `${relative('.', file)} imports ${m[1]}`),
    );
    expect(offences).toEqual([]);
  });
});

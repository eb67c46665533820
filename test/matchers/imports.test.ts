import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('matchers/', () => {
  it('imports sfn-sim only through its public barrel, and otherwise only vitest and itself (STYLE: dependencies point inward)', () => {
    const outside: string[] = [];
    const seen = new Set<string>();
    for (const file of sourceFiles('matchers')) {
      // import and export statements start their line; doc comments showing imports do not
      const statements = readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*'([^']+)'|^import\s*'([^']+)'/gm);
      for (const [, from, bare] of statements) {
        const specifier = from ?? bare ?? '';
        seen.add(specifier);
        const allowed =
          specifier === 'vitest' ||
          /^\.\.\/(?:\.\.\/)?src\/index\.js$/.test(specifier) ||
          (specifier.startsWith('.') && !specifier.includes('src/'));
        if (!allowed) outside.push(`${relative('.', file)}: ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
    expect(seen).toContain('vitest');
    expect(seen).toContain('../src/index.js');
  });
});

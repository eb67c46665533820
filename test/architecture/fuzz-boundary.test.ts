import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
}

describe('sfn-sim/fuzz sits outside the engine', () => {
  it('is imported by nothing in src/engine, and the main entry does not re-export it', () => {
    const offences = sourceFiles('src/engine')
      .flatMap((file) => imports(file).map((target) => [relative('.', file), target] as const))
      .filter(([, target]) => /(^|\/)fuzz\//.test(target))
      .map(([file, target]) => `${file} imports ${target}`);
    expect(offences).toEqual([]);
    expect(imports('src/index.ts').filter((t) => t.includes('fuzz'))).toEqual([]);
  });

  it('uses only the engine, asl, cost and the public entry, never the CLI, report or matchers', () => {
    const offences = sourceFiles('src/fuzz')
      .flatMap((file) => imports(file).map((target) => [relative('.', file), target] as const))
      .filter(([, target]) => target.startsWith('.') && /\/(cli|report|matchers|services|query|history|clock)\//.test(target))
      .filter(([, target]) => !/services\/mocks\/types\.js$|history\/events\.js$/.test(target))
      .map(([file, target]) => `${file} imports ${target}`);
    expect(offences).toEqual([]);
  });
});

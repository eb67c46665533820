import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders that make up the engine: they get time and randomness only from `src/clock` (STYLE). */
const ENGINE_FOLDERS = ['src/engine', 'src/query', 'src/history', 'src/asl', 'src/clock', 'src/services'];

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bDate\.now\s*\(/, 'Date.now()'],
  [/new Date\(\s*\)/, 'new Date() without an argument'],
  [/\bMath\.random\s*\(/, 'Math.random()'],
  [/\brandomUUID\s*\(/, 'crypto.randomUUID()'],
  [/\bsetTimeout\s*\(|\bsetInterval\s*\(|\bsetImmediate\s*\(/, 'a real timer'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Strips comments so that prose explaining the rule does not trip it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('determinism is structural', () => {
  it('keeps real time, real timers and unseeded randomness out of the engine', () => {
    const offences: string[] = [];
    for (const folder of ENGINE_FOLDERS) {
      for (const file of sourceFiles(folder)) {
        const text = code(readFileSync(file, 'utf8'));
        for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) offences.push(`${relative('.', file)} uses ${what}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('can fail: the scan finds a forbidden call when one is present', () => {
    expect(FORBIDDEN.some(([pattern]) => pattern.test(code('const t = Date.now();')))).toBe(true);
    expect(FORBIDDEN.some(([pattern]) => pattern.test(code('// Date.now() is banned here')))).toBe(false);
  });

  it('keeps dependencies pointing inward: the engine imports no CLI, report, matcher or fuzz code', () => {
    const offences: string[] = [];
    for (const folder of ENGINE_FOLDERS) {
      for (const file of sourceFiles(folder)) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from '([^']+)'/g)) {
          const target = m[1] as string;
          if (/\/(cli|report|fuzz)\//.test(target) || target.includes('matchers'))
            offences.push(`${relative('.', file)} imports ${target}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});

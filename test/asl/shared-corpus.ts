import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the clone (CI puts it there); tests skip when it is missing. */
export const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const haveShared = existsSync(SHARED);

export function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Every `*.json` file under `dir`, relative to it, sorted. */
export function jsonFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

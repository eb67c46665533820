import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LoadError } from '../../../src/asl/load/load-error.js';

/** A fixture's path, relative to the repository root as a user would type it. */
export function fixture(name: string): string {
  return relative(process.cwd(), join(import.meta.dirname, 'fixtures', name));
}

/** Where `needle` starts in a fixture, computed from the text alone (1-based), to check locate() against. */
export function positionOf(file: string, needle: string, occurrence = 1): { line: number; column: number } {
  const text = readFileSync(file, 'utf8');
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} not found ${occurrence} times in ${file}`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** The LoadError a promise rejects with (fails the test if it resolves or rejects with anything else). */
export async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError, but the promise resolved');
}

import { readFileSync } from 'node:fs';
import type { TaskMock } from '../../src/index.js';

/** The README's cost example: a report export polled for about 4 minutes. */
export const reportExport = {
  dir: 'fixtures/report-export',
  definition: readFileSync('fixtures/report-export/definition.asl.json', 'utf8'),
  input: JSON.parse(readFileSync('fixtures/report-export/input.json', 'utf8')) as unknown,
  mocks: JSON.parse(readFileSync('fixtures/report-export/mocks.json', 'utf8')) as Record<string, TaskMock>,
};

export const cents = (usd: number): number => Math.round(usd * 100) / 100;

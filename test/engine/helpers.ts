import type { ExecutionResult } from '../../src/index.js';

/** `[id, previousEventId, type]` triples: what AWS's history shape tests compare. */
export function shape(result: ExecutionResult): Array<[number, number, string]> {
  return result.history.map((e) => [e.id, e.previousEventId, e.type]);
}

/** Seconds since the execution started at which each event of a type was recorded. */
export function offsets(result: ExecutionResult, type: string): number[] {
  const start = Date.parse(result.startTime);
  return result.history.filter((e) => e.type === type).map((e) => (e.timestamp.getTime() - start) / 1000);
}

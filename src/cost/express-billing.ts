import type { ExecutionResult } from '../engine/execution-result.js';
import type { HistoryEvent } from '../history/events.js';
import type { DefinitionOutline } from './definition-outline.js';

/** The two fields `StartSyncExecution` returns for an Express execution (§11.2). */
export interface BillingDetails {
  /** Billed memory: the estimate rounded up to a 64 MB chunk. */
  readonly billedMemoryUsedInMB: number;
  /** Billed duration: the duration rounded up to 100 ms (100 ms at least). */
  readonly billedDurationInMilliseconds: number;
}

/** AWS's memory estimate for an Express execution, with its inputs (§11.2). */
export interface MemoryEstimate {
  /** 50 MB of base memory. */
  readonly baseMB: number;
  /** Size of the state machine definition. */
  readonly definitionBytes: number;
  /** Size of the execution data (the largest input or output in the execution). */
  readonly payloadBytes: number;
  /** Map iterations and Parallel branches the execution ran (at least 1: the execution holds its data once). */
  readonly steps: number;
  /** `base + definition + payload × steps`, in MB (AWS's example divides bytes by 1,000,000). */
  readonly memoryUsedInMB: number;
  readonly billedMemoryUsedInMB: number;
}

const BASE_MB = 50;
const CHUNK_MB = 64;
const DURATION_STEP_MS = 100;

/**
 * AWS's Express memory estimate: 50 MB + definition size + payload size × Map/Parallel steps, billed in
 * 64 MB chunks (§11.2; AWS's example converts KB to MB by dividing by 1,000).
 * @example
 * // AWS's example: a 50 KB definition, 400 Map steps with a 32 KB payload each
 * estimateExpressMemory({ definitionBytes: 50_000, payloadBytes: 32_000, steps: 400 });
 * // { memoryUsedInMB: 62.85, billedMemoryUsedInMB: 64, ... }
 */
export function estimateExpressMemory(input: { definitionBytes: number; payloadBytes: number; steps: number }): MemoryEstimate {
  const steps = Math.max(1, input.steps);
  const memoryUsedInMB = (BASE_MB * 1e6 + input.definitionBytes + input.payloadBytes * steps) / 1e6;
  return {
    baseMB: BASE_MB,
    definitionBytes: input.definitionBytes,
    payloadBytes: input.payloadBytes,
    steps,
    memoryUsedInMB,
    billedMemoryUsedInMB: Math.ceil(memoryUsedInMB / CHUNK_MB) * CHUNK_MB,
  };
}

/**
 * Express bills duration rounded up to the next 100 ms; the observed minimum is 100 ms (§11.2).
 * @example
 * billedDurationMs(10_001); // 10100
 */
export function billedDurationMs(durationMs: number): number {
  return Math.max(DURATION_STEP_MS, Math.ceil(durationMs / DURATION_STEP_MS) * DURATION_STEP_MS);
}

/**
 * GB-seconds of one billed execution: billed MB / 1024 × billed seconds.
 * @example
 * gbSeconds({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 10_000 }); // 0.625
 */
export function gbSeconds(details: BillingDetails): number {
  return (details.billedMemoryUsedInMB / 1024) * (details.billedDurationInMilliseconds / 1000);
}

/** The virtual duration of an execution in milliseconds. */
export function durationMs(result: Pick<ExecutionResult, 'startTime' | 'stopTime'>): number {
  return Date.parse(result.stopTime) - Date.parse(result.startTime);
}

/** The largest input or output payload recorded in the history, in UTF-8 bytes. */
export function largestPayloadBytes(history: readonly HistoryEvent[]): number {
  let largest = 0;
  for (const event of history) {
    for (const value of Object.values(event)) {
      if (typeof value !== 'object' || value === null || value instanceof Date) continue;
      const details = value as { input?: unknown; output?: unknown };
      for (const text of [details.input, details.output]) {
        if (typeof text === 'string' && text.length * 3 > largest) largest = Math.max(largest, Buffer.byteLength(text, 'utf8'));
      }
    }
  }
  return largest;
}

/** Express memory for one execution: inline Map iterations (history) plus Parallel branches run. */
export function expressMemoryOf(result: ExecutionResult, outline: DefinitionOutline, parallelBranchRuns: number): MemoryEstimate {
  let iterations = 0;
  for (const event of result.history) if (event.type === 'MapIterationStarted') iterations++;
  return estimateExpressMemory({
    definitionBytes: outline.bytes,
    payloadBytes: largestPayloadBytes(result.history),
    steps: iterations + parallelBranchRuns,
  });
}

import type { ExecutionResult } from '../engine/execution-result.js';
import type { HistoryEvent } from '../history/events.js';
import { billedDurationMs, estimateExpressMemory, gbSeconds, largestPayloadBytes, type BillingDetails } from './express-billing.js';
import { NO_USAGE, type Usage } from './monthly-bill.js';
import { totalTransitions, type StateTransitions, type TransitionLedger } from './transitions.js';

/** The child executions one distributed Map started, billed by their own type (§11.1). */
export interface ChildExecutionsCost {
  /** The distributed Map state. */
  readonly mapState: string;
  /** The children's type (`ItemProcessor.ProcessorConfig.ExecutionType`). */
  readonly executionType: 'STANDARD' | 'EXPRESS';
  /** Children that ran. */
  readonly executions: number;
  /** The children's transitions, all together (what Standard children are billed). */
  readonly transitions: number;
  readonly byState: readonly StateTransitions[];
  /** Express children: what one child is billed (the duration is an estimate, see `durationEstimate`). */
  readonly billingDetails: BillingDetails | undefined;
  /** How the Express children's duration was estimated. */
  readonly durationEstimate: string | undefined;
  /** What the children bill, all together. */
  readonly usage: Usage;
}

interface MapRun {
  readonly items: number;
  readonly spanMs: number;
}

/**
 * Bills each distributed Map's children by their own type. Their states are known from `path`, but
 * their events are not in the parent history, so an Express child's duration is estimated from the
 * Map Run's span: span / number of waves (ceil(items / concurrency)), exact when the children take
 * equally long. A distributed Map inside a child has no recorded span: its children are billed the
 * 100 ms minimum.
 */
export function billChildren(result: ExecutionResult, ledger: TransitionLedger): ChildExecutionsCost[] {
  const runs = mapRuns(result);
  const payloadBytes = largestPayloadBytes(result.history);
  const costs: ChildExecutionsCost[] = [];
  for (const [map, { rows, executions }] of ledger.children) {
    const config = map.distributed;
    if (config === undefined) continue;
    const transitions = totalTransitions(rows);
    if (config.executionType === 'STANDARD') {
      costs.push({
        mapState: map.label,
        executionType: 'STANDARD',
        executions,
        transitions,
        byState: rows,
        billingDetails: undefined,
        durationEstimate: undefined,
        usage: { ...NO_USAGE, transitions },
      });
      continue;
    }
    const memory = estimateExpressMemory({ definitionBytes: config.processorBytes, payloadBytes, steps: 1 });
    const recorded = map.childOf === undefined ? (runs.get(map.name) ?? []) : [];
    let childGbSeconds = 0;
    let childMs = 0;
    let counted = 0;
    for (const run of recorded) {
      const perChild = run.spanMs / Math.max(1, Math.ceil(run.items / config.concurrency));
      const details = { billedMemoryUsedInMB: memory.billedMemoryUsedInMB, billedDurationInMilliseconds: billedDurationMs(perChild) };
      childGbSeconds += run.items * gbSeconds(details);
      childMs += run.items * perChild;
      counted += run.items;
    }
    const unrecorded = Math.max(0, executions - counted);
    const minimum = { billedMemoryUsedInMB: memory.billedMemoryUsedInMB, billedDurationInMilliseconds: billedDurationMs(0) };
    childGbSeconds += unrecorded * gbSeconds(minimum);
    const billingDetails = {
      billedMemoryUsedInMB: memory.billedMemoryUsedInMB,
      billedDurationInMilliseconds: billedDurationMs(counted === 0 ? 0 : childMs / counted),
    };
    costs.push({
      mapState: map.label,
      executionType: 'EXPRESS',
      executions,
      transitions,
      byState: rows,
      billingDetails,
      durationEstimate:
        counted === 0
          ? 'no Map Run in the history for these children (a distributed Map inside a child): each is billed the 100 ms minimum'
          : `each Express child is billed the Map Run's span divided by its waves of up to ${config.concurrency} children (an upper bound: sfn-sim records no per-child times)`,
      usage: { transitions: 0, expressRequests: executions, expressGbSeconds: childGbSeconds },
    });
  }
  return costs;
}

/** Distributed Map runs in the history, by Map state name: items and the span from MapRunStarted to its end. */
function mapRuns(result: ExecutionResult): Map<string, MapRun[]> {
  const byId = new Map<number, HistoryEvent>();
  for (const event of result.history) byId.set(event.id, event);
  const ends = new Map<number, number>();
  for (const event of result.history) {
    if (event.type === 'MapRunSucceeded' || event.type === 'MapRunFailed') ends.set(event.previousEventId, event.timestamp.getTime());
  }
  const stop = Date.parse(result.stopTime);
  const runs = new Map<string, MapRun[]>();
  for (const event of result.history) {
    if (event.type !== 'MapRunStarted') continue;
    let items = 0;
    let name: string | undefined;
    for (let at = byId.get(event.previousEventId); at !== undefined; at = byId.get(at.previousEventId)) {
      if (at.type === 'MapStateStarted') items = at['mapStateStartedEventDetails']?.length ?? 0;
      if (at.type === 'MapStateEntered') {
        name = at['stateEnteredEventDetails']?.name;
        break;
      }
    }
    if (name === undefined) continue;
    const spanMs = (ends.get(event.id) ?? stop) - event.timestamp.getTime();
    const list = runs.get(name) ?? [];
    list.push({ items, spanMs });
    runs.set(name, list);
  }
  return runs;
}

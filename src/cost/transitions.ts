import type { StateType } from '../asl/types.js';
import type { ExecutionResult } from '../engine/execution-result.js';
import { locateEntry, type DefinitionOutline, type LocatedEntry, type OutlinedState } from './definition-outline.js';

/** Where Standard's money goes: the transitions one state accounts for. */
export interface StateTransitions {
  /** The state, qualified where it is nested: `ReserveStock[*].Reserve` (any item), `ShipAndNotify#1.Notify` (branch 1). */
  readonly state: string;
  readonly type: StateType | undefined;
  /** Times the state was entered (each `*StateEntered`). */
  readonly entries: number;
  /** Retry attempts (each re-attempt after a Retry match). */
  readonly retries: number;
  /** `entries + retries`: what AWS bills (§11.1). */
  readonly transitions: number;
}

/** The transitions of one execution, split between the execution and its distributed Map children. */
export interface TransitionLedger {
  /** States the execution itself runs, in the order first entered. */
  readonly own: readonly StateTransitions[];
  /** Per distributed Map state: its children's states and how many children ran. */
  readonly children: ReadonlyMap<OutlinedState, { readonly rows: readonly StateTransitions[]; readonly executions: number }>;
  /** Parallel branches started by the execution itself (retries included): Express memory "steps". */
  readonly parallelBranchRuns: number;
}

const UNATTRIBUTED = '(retries not traced to a state)';

interface Row {
  state: string;
  type: StateType | undefined;
  entries: number;
  retries: number;
}

/**
 * Counts transitions as AWS bills them (§11.1): every state entered, in Parallel branches and Map
 * iterations too, plus every retry attempt. The total is the engine's `result.transitions`; this
 * splits it by state. Task retries come from `calls` (attempt > 0); Parallel and Map retries from the
 * path (a retry runs branch 0 / item 0 again from its first state); anything left is listed as
 * retries not traced to a state, so the rows always add up to the total.
 */
export function countTransitions(result: ExecutionResult, outline: DefinitionOutline): TransitionLedger {
  const own = new Map<string, Row>();
  const children = new Map<OutlinedState, { rows: Map<string, Row>; keys: Set<string> }>();
  const rowsFor = (owner: OutlinedState | undefined): Map<string, Row> => {
    if (owner === undefined) return own;
    let child = children.get(owner);
    if (child === undefined) children.set(owner, (child = { rows: new Map(), keys: new Set() }));
    return child.rows;
  };
  const row = (rows: Map<string, Row>, label: string, type: StateType | undefined): Row => {
    let r = rows.get(label);
    if (r === undefined) rows.set(label, (r = { state: label, type, entries: 0, retries: 0 }));
    return r;
  };

  const cache = new Map<string, LocatedEntry | undefined>();
  const visits = new Map<string, number>();
  // Parallel/Map retries: per qualified state, how often branch 0 / item 0 started in the current visit
  const restarts = new Map<string, { state: OutlinedState; count: number }>();
  const markers = new Map<string, string>();
  let containerRetries = 0;
  const retriesByState = new Map<OutlinedState, number>();
  const closeVisit = (qualified: string): void => {
    const open = restarts.get(qualified);
    if (open === undefined || open.count <= 1) return;
    retriesByState.set(open.state, (retriesByState.get(open.state) ?? 0) + open.count - 1);
    containerRetries += open.count - 1;
  };
  let parallelBranchRuns = 0;

  for (const entry of result.path) {
    let located = cache.get(entry);
    if (located === undefined && !cache.has(entry)) cache.set(entry, (located = locateEntry(outline, entry)));
    if (located === undefined) {
      row(own, entry, undefined).entries++;
      continue;
    }
    const { state, chain } = located;
    let owner: OutlinedState | undefined;
    let key = '';
    for (const link of chain) {
      if (link.state.distributed === undefined) continue;
      owner = link.state;
      key = `${link.qualified}@${visits.get(link.qualified) ?? 0}[${link.index}]`;
    }
    row(rowsFor(owner), state.label, state.type).entries++;
    if (owner !== undefined) children.get(owner)?.keys.add(key);
    if (state.distributed !== undefined) visits.set(entry, (visits.get(entry) ?? 0) + 1);
    const marker = markers.get(entry);
    if (marker !== undefined) {
      const open = restarts.get(marker);
      if (open !== undefined) open.count++;
    }
    if (state.type === 'Parallel' && owner === undefined) parallelBranchRuns += state.branches.length;
    if (state.hasRetry && (state.type === 'Parallel' || state.type === 'Map')) {
      closeVisit(entry);
      const first =
        state.type === 'Parallel' ? `${entry}#0.${state.branches[0]?.startAt ?? ''}` : `${entry}[0].${state.processor?.startAt ?? ''}`;
      markers.set(first, entry);
      restarts.set(entry, { state, count: 0 });
    }
  }
  for (const qualified of restarts.keys()) closeVisit(qualified);

  const byName = new Map<string, OutlinedState>();
  for (const state of outline.states) if (!byName.has(state.name) || state.type === 'Task') byName.set(state.name, state);
  let taskRetries = 0;
  for (const call of result.calls) {
    if (call.attempt === 0) continue;
    const state = byName.get(call.stateName);
    row(rowsFor(state?.childOf), state?.label ?? call.stateName, state?.type).retries++;
    taskRetries++;
  }

  let untraced = result.transitions - result.path.length - taskRetries - containerRetries;
  if (untraced < 0) {
    // a branch looping back to its first state looks like a restart: trust the engine's total instead
    untraced += containerRetries;
    retriesByState.clear();
  }
  for (const [state, retries] of retriesByState) {
    row(rowsFor(state.childOf), state.label, state.type).retries += retries;
    if (state.type === 'Parallel' && state.childOf === undefined) parallelBranchRuns += retries * state.branches.length;
  }
  if (untraced > 0) row(own, UNATTRIBUTED, undefined).retries += untraced;

  const finish = (rows: Map<string, Row>): StateTransitions[] =>
    [...rows.values()].map((r) => ({
      state: r.state,
      type: r.type,
      entries: r.entries,
      retries: r.retries,
      transitions: r.entries + r.retries,
    }));
  return {
    own: finish(own),
    children: new Map([...children].map(([state, c]) => [state, { rows: finish(c.rows), executions: c.keys.size }])),
    parallelBranchRuns,
  };
}

/** The sum of the rows' transitions. */
export function totalTransitions(rows: readonly StateTransitions[]): number {
  return rows.reduce((sum, r) => sum + r.transitions, 0);
}

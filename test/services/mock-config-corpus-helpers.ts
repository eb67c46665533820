/**
 * Helpers for mock-config-corpus.test.ts: comparing sfn-sim histories with the histories the corpus recorded
 * (LocalStack snapshots taken against real AWS, and raw Step Functions Local output), without letting the
 * recorders' own artefacts (placeholders, skipped paths, nondeterministic Parallel interleaving) decide the result.
 */
import { readFileSync } from 'node:fs';
import { TASK_FAILURE_EVENTS, type HistoryEvent, type HistoryEventType } from '../../src/history/events.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonRecord = { [key: string]: JsonValue };

export function readJson(path: string): JsonValue {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonValue;
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON text with object keys sorted: equal texts mean equal JSON values, whatever the key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function parseJson(text: string): { ok: true; value: JsonValue } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false };
  }
}

/** A details field holding JSON text, parsed when it is an object or array (what LocalStack's snapshot transformer does). */
function parseContainerText(text: string): JsonValue {
  const parsed = parseJson(text);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : text;
}

const JSON_TEXT_FIELDS = new Set(['input', 'output', 'parameters']);

/** A history event in the shape of a LocalStack snapshot: JSON-text input/output/parameters parsed, no timestamp. */
export function toSnapshotEvent(event: HistoryEvent): JsonRecord {
  const out: JsonRecord = { id: event.id, previousEventId: event.previousEventId, type: event.type };
  for (const [key, details] of Object.entries(event)) {
    if (!key.endsWith('EventDetails') || !isRecord(details)) continue;
    const copy: JsonRecord = {};
    for (const [field, value] of Object.entries(details)) {
      copy[field] = JSON_TEXT_FIELDS.has(field) && typeof value === 'string' ? parseContainerText(value) : (value as JsonValue);
    }
    out[key] = copy;
  }
  return out;
}

/** History events as plain JSON records, details untouched (JSON text stays text), as a raw history file holds them. */
export function asRecords(history: readonly HistoryEvent[]): JsonRecord[] {
  return JSON.parse(JSON.stringify(history)) as JsonRecord[];
}

/** The value JSON text would be recorded as in a snapshot (for a run's output compared with a recorded one). */
export function snapshotValueOf(value: unknown): JsonValue {
  return parseContainerText(JSON.stringify(value));
}

/**
 * LocalStack's `SfnNoneRecursiveParallelTransformer`, reproduced step for step so that our events go through
 * exactly what the recorded ones went through: the events between `ParallelStateStarted` and the next
 * `ParallelState{Succeeded,Failed,Aborted,Exited}` get id `[0]` and previousEventId 0. Because the upstream loop
 * rewrites the same slice again at `ParallelStateExited` (and mutates the list it iterates), it also drops the
 * `ParallelStateSucceeded` event; the recorded snapshot shows that (15 events listed, ids up to 16).
 */
export function localStackParallelTransform(events: JsonRecord[]): JsonRecord[] {
  const list = events.map((e) => ({ ...e }));
  const closing = new Set(['ParallelStateSucceeded', 'ParallelStateAborted', 'ParallelStateExited', 'ParallelStateFailed']);
  let start: number | undefined;
  let sublist: JsonRecord[] = [];
  let inSublist = false;
  for (let i = 0; i < list.length; i++) {
    const event = list[i] as JsonRecord;
    const type = event['type'];
    if (type === undefined) {
      inSublist = false;
    } else if (typeof type === 'string' && closing.has(type)) {
      if (start !== undefined) list.splice(start, i - start, ...sublist);
      inSublist = false;
    } else if (type === 'ParallelStateStarted') {
      inSublist = true;
      sublist = [];
      start = i + 1;
    } else if (inSublist) {
      event['id'] = [0];
      event['previousEventId'] = 0;
      sublist.push(event);
    }
  }
  return list;
}

/**
 * Removes LocalStack `skipSnapshotVerify` paths: `$..key`, `$..events..key`, `$..parent.key`.
 * (`$..events` itself is handled by the caller.)
 */
export function dropSkippedPaths(value: JsonValue, paths: readonly string[]): JsonValue {
  const rules = paths
    .filter((p) => p.startsWith('$..') && p !== '$..events')
    .map((p) => {
      const last = p.split('..').pop() as string;
      const [parent, key] = last.includes('.') ? (last.split('.') as [string, string]) : [undefined, last];
      return { parent, key };
    });
  const walk = (v: JsonValue, parentKey: string | undefined): JsonValue => {
    if (Array.isArray(v)) return v.map((x) => walk(x, parentKey));
    if (!isRecord(v)) return v;
    const out: JsonRecord = {};
    for (const [k, x] of Object.entries(v)) {
      if (rules.some((r) => r.key === k && (r.parent === undefined || r.parent === parentKey))) continue;
      out[k] = walk(x, k);
    }
    return out;
  };
  return walk(value, undefined);
}

/** Strings LocalStack's transformers put in place of ARNs, ids and dates: each stands for any string. */
const FIXED_PLACEHOLDERS = new Set([
  'timestamp',
  'snf_role_arn',
  'map_run_arn',
  'execution-arn',
  'start-date',
  'stop-date',
  'state-machine-arn',
]);

function placeholderMatches(expected: string, actual: string): boolean {
  if (FIXED_PLACEHOLDERS.has(expected)) return true;
  if (!/<[^<>]+>/.test(expected)) return false;
  const pattern = expected
    .split(/(<[^<>]+>)/)
    .map((part) => (/^<[^<>]+>$/.test(part) ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** Two strings holding the same JSON object or array (the recorder wrote them with other spacing). */
function sameJsonText(expected: string, actual: string): boolean {
  const a = parseJson(expected);
  const b = parseJson(actual);
  return a.ok && b.ok && typeof a.value === 'object' && a.value !== null && canonical(a.value) === canonical(b.value);
}

/**
 * The expected value with each placeholder (and each JSON text that only differs in spacing) replaced by the
 * actual value it stands for, so that `expect(actual).toEqual(resolve(expected, actual))` checks everything
 * else exactly and still draws a useful diff.
 */
export function resolvePlaceholders(expected: JsonValue, actual: unknown): JsonValue {
  if (typeof expected === 'string') {
    if (typeof actual === 'string' && (placeholderMatches(expected, actual) || sameJsonText(expected, actual))) return actual;
    return expected;
  }
  if (Array.isArray(expected)) return Array.isArray(actual) ? expected.map((e, i) => resolvePlaceholders(e, actual[i])) : expected;
  if (isRecord(expected) && isRecord(actual)) {
    return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, resolvePlaceholders(v, actual[k])]));
  }
  return expected;
}

export function matchesRecorded(expected: JsonValue, actual: JsonValue): boolean {
  return canonical(resolvePlaceholders(expected, actual)) === canonical(actual);
}

/**
 * Orders the runs of events that LocalStack's Parallel transformer marked (id `[0]`) the way the recorded
 * snapshot lists them, pairing each recorded event with an equal one of ours (placeholders allowed). Events
 * that find no partner stay at the end of their run, so the diff shows them.
 */
export function alignParallelRuns(expected: JsonValue[], actual: JsonValue[]): JsonValue[] {
  const out = [...actual];
  const marked = (e: JsonValue | undefined) => isRecord(e) && canonical(e['id']) === '[0]';
  for (let i = 0; i < expected.length;) {
    if (!marked(expected[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < expected.length && marked(expected[end])) end++;
    const pool = actual.slice(i, end);
    const ordered: JsonValue[] = [];
    for (const want of expected.slice(i, end)) {
      const at = pool.findIndex((have) => matchesRecorded(want, have));
      if (at >= 0) ordered.push(...pool.splice(at, 1));
    }
    out.splice(i, end - i, ...ordered, ...pool);
    i = end;
  }
  return out;
}

// --- Step Functions Local raw histories -------------------------------------------------------------------------

/** What an event says, for comparing with a raw Step Functions Local history (ids and timestamps aside). */
export interface EventSignature {
  type: string;
  name?: string;
  error?: string;
  cause?: string;
  /** resourceType and resource joined by ":" (SFN Local splits aws-sdk ARNs differently from AWS). */
  resource?: string;
  parameters?: JsonValue;
  input?: JsonValue;
  output?: JsonValue;
}

function detailsOf(event: JsonRecord): JsonRecord {
  for (const [key, value] of Object.entries(event)) if (key.endsWith('EventDetails') && isRecord(value)) return value;
  return {};
}

/**
 * The parts of an event that Step Functions Local and sfn-sim should agree on. Known SFN Local artefacts are
 * normalised away (the corpus README lists them): it closes a failed-and-caught Parallel with a `TaskStateExited`
 * named after the Parallel state (AWS: `ParallelStateExited`), and its `TaskSucceeded` output is the state's
 * output after ResultSelector/ResultPath rather than the service result, so that output is left out.
 */
export function sfnLocalSignature(event: JsonRecord, parallelStates: ReadonlySet<string>): EventSignature {
  const d = detailsOf(event);
  let type = event['type'] as string;
  const name = typeof d['name'] === 'string' ? d['name'] : undefined;
  if (type === 'TaskStateExited' && name !== undefined && parallelStates.has(name)) type = 'ParallelStateExited';
  const sig: EventSignature = { type };
  if (name !== undefined) sig.name = name;
  if (typeof d['error'] === 'string') sig.error = d['error'];
  if (typeof d['cause'] === 'string') sig.cause = d['cause'];
  if (typeof d['resourceType'] === 'string' && typeof d['resource'] === 'string') sig.resource = `${d['resourceType']}:${d['resource']}`;
  const parsed = (field: string) => {
    const text = d[field];
    return typeof text === 'string' ? (JSON.parse(text) as JsonValue) : undefined;
  };
  if (type === 'TaskScheduled') sig.parameters = parsed('parameters') ?? null;
  if (type.endsWith('StateEntered')) sig.input = parsed('input') ?? null;
  if (type.endsWith('StateExited') || type === 'ExecutionSucceeded') sig.output = parsed('output') ?? null;
  return sig;
}

/** Index ranges [from, to) of the events a Parallel state's branches write, up to the next state outside it. */
function parallelRegions(events: JsonRecord[], branchStates: ReadonlySet<string>): [number, number][] {
  const regions: [number, number][] = [];
  for (let i = 0; i < events.length; i++) {
    if ((events[i] as JsonRecord)['type'] !== 'ParallelStateStarted') continue;
    let end = i + 1;
    for (; end < events.length; end++) {
      const e = events[end] as JsonRecord;
      const name = detailsOf(e)['name'];
      if (String(e['type']).endsWith('StateEntered') && !(typeof name === 'string' && branchStates.has(name))) break;
    }
    regions.push([i + 1, end]);
    i = end - 1;
  }
  return regions;
}

export interface ComparableHistory {
  /** Events outside Parallel regions, in order: id, what they say, and what their previous event says. */
  sequence: { id: JsonValue; event: EventSignature; previous: EventSignature | null }[];
  /** Each Parallel region as a sorted multiset (branch interleaving is nondeterministic in SFN Local). */
  regions: string[][];
}

/**
 * A history reduced to what survives nondeterministic Parallel interleaving. Inside a region each event keeps
 * the signature of the event it follows (its branch's chain), except for the Parallel's own closing events,
 * which SFN Local links to an arbitrary branch event or to `ParallelStateEntered`.
 */
export function comparableHistory(
  events: JsonRecord[],
  parallelStates: ReadonlySet<string>,
  branchStates: ReadonlySet<string>,
): ComparableHistory {
  const byId = new Map(events.map((e) => [e['id'], e]));
  const sig = (e: JsonRecord) => sfnLocalSignature(e, parallelStates);
  const previousOf = (e: JsonRecord) => {
    const p = byId.get(e['previousEventId']);
    return p === undefined ? null : sig(p);
  };
  const regions = parallelRegions(events, branchStates);
  const inRegion = (i: number) => regions.some(([from, to]) => i >= from && i < to);
  const sequence = events.flatMap((e, i) => (inRegion(i) ? [] : [{ id: e['id'] as JsonValue, event: sig(e), previous: previousOf(e) }]));
  const looseLinks = new Set(['ParallelStateSucceeded', 'ParallelStateExited']);
  return {
    sequence,
    regions: regions.map(([from, to]) =>
      events
        .slice(from, to)
        .map((e) => {
          const s = sig(e);
          return canonical(looseLinks.has(s.type) ? { event: s } : { event: s, previous: previousOf(e) });
        })
        .sort(),
    ),
  };
}

/** Every state name inside the branches of the Parallel states of a definition, and the Parallel states' names. */
export function parallelStateNames(definition: JsonRecord): { parallels: Set<string>; branchStates: Set<string> } {
  const parallels = new Set<string>();
  const branchStates = new Set<string>();
  const visit = (block: JsonRecord, inBranch: boolean) => {
    for (const [name, state] of Object.entries(block['States'] as JsonRecord)) {
      if (!isRecord(state)) continue;
      if (inBranch) branchStates.add(name);
      if (state['Type'] === 'Parallel') {
        parallels.add(name);
        for (const branch of (state['Branches'] as JsonValue[]) ?? []) if (isRecord(branch)) visit(branch, true);
      }
    }
  };
  visit(definition, false);
  return { parallels, branchStates };
}

/** A copy of a definition with every Retry `IntervalSeconds: 0` raised to 1, the smallest value AWS accepts. */
export function withMinimumRetryIntervals(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withMinimumRetryIntervals);
  if (!isRecord(value)) return value;
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'IntervalSeconds' && v === 0 ? 1 : withMinimumRetryIntervals(v);
  return out;
}

interface Linked {
  readonly id: number;
  readonly previousEventId: number;
  readonly type: string;
}

/**
 * The history numbered as Step Functions Local numbers it. AWS records a `TaskStateAborted` for the Task whose
 * failure ends a Parallel branch, linked to that failure (conformance case
 * callback/…SQS_PARALLEL_WAIT_FOR_TASK_TOKEN, events 8-10), and sfn-sim does too; SFN Local writes no such event.
 * Those events are removed and the ids renumbered (a link to a removed event moves to the event it followed).
 */
export function numberedAsSfnLocal<T extends Linked>(history: readonly T[]): { events: T[]; removed: T[] } {
  const byId = new Map(history.map((e) => [e.id, e]));
  const removed = history.filter(
    (e) => e.type === 'TaskStateAborted' && TASK_FAILURE_EVENTS.has(byId.get(e.previousEventId)?.type as HistoryEventType),
  );
  const gone = new Set(removed.map((e) => e.id));
  const newId = new Map<number, number>([[0, 0]]);
  let next = 1;
  for (const e of history) if (!gone.has(e.id)) newId.set(e.id, next++);
  const target = (id: number): number => (gone.has(id) ? target((byId.get(id) as T).previousEventId) : id);
  const events = history
    .filter((e) => !gone.has(e.id))
    .map((e) => ({ ...e, id: newId.get(e.id) as number, previousEventId: newId.get(target(e.previousEventId)) as number }));
  return { events, removed };
}

import type { ExecutionResult, HistoryEvent } from '../src/index.js';
import { Placeholders } from './support/placeholders.js';
import { offsetText } from './support/text.js';

/** Event detail fields AWS sends as JSON text: printed parsed, so placeholders reach inside them. */
const JSON_FIELDS = new Set(['input', 'output', 'parameters', 'cause']);

/**
 * An execution history as snapshot text: one header line per event (`#id  +virtual time  Type  state`,
 * with `← #n` when the previous event is not the one just before), then its details, one per line,
 * JSON payloads on one line. Event ids stay (they are deterministic); timestamps become virtual
 * offsets; regions and ARN accounts become `<region>` and `<account>`; UUIDs, trace ids and task tokens
 * become numbered placeholders;
 * `{ truncated: false }` and SDK response metadata are left out.
 * @example
 * new HistorySnapshot(execution).text.split('\n')[0]; // '#1   +00:00:00.000  ExecutionStarted'
 */
export class HistorySnapshot {
  readonly text: string;

  constructor(result: ExecutionResult) {
    const start = Date.parse(result.startTime);
    const placeholders = new Placeholders(start, Date.parse(result.stopTime));
    this.text = result.history.map((e) => eventText(e, start, placeholders)).join('\n');
  }

  toString(): string {
    return this.text;
  }
}

/**
 * The history of an execution as stable snapshot text, for `toMatchInlineSnapshot()` or any other use;
 * `toMatchHistorySnapshot()` stores the same text.
 * @example
 * expect(historySnapshot(execution)).toMatchInlineSnapshot();
 */
export function historySnapshot(result: ExecutionResult): HistorySnapshot {
  return new HistorySnapshot(result);
}

/**
 * The snapshot serializer that prints a `HistorySnapshot` as its text (no quotes, no escapes).
 * `sfn-sim/vitest` registers it; add it yourself with `expect.addSnapshotSerializer` elsewhere.
 * @example
 * expect.addSnapshotSerializer(historySnapshotSerializer);
 */
export const historySnapshotSerializer = {
  test(value: unknown): boolean {
    return value instanceof HistorySnapshot;
  },
  serialize(value: HistorySnapshot): string {
    return value.text;
  },
};

function eventText(event: HistoryEvent, start: number, placeholders: Placeholders): string {
  const details = detailsOf(event);
  const name = typeof details?.['name'] === 'string' ? `  ${placeholders.text(details['name'])}` : '';
  const previous = event.previousEventId === event.id - 1 ? '' : `  ← #${event.previousEventId}`;
  const lines = [`${`#${event.id}`.padEnd(5)}${offsetText(event.timestamp.getTime() - start)}  ${event.type}${name}${previous}`];
  for (const [key, value] of Object.entries(details ?? {})) {
    if (key === 'name' || value === undefined) continue;
    if (key.endsWith('Details') && isNotTruncated(value)) continue;
    lines.push(`       ${key}: ${fieldText(key, value, placeholders)}`);
  }
  return lines.join('\n');
}

function fieldText(key: string, value: unknown, placeholders: Placeholders): string {
  // the region ARNs carry is replaced, so the one TaskScheduled names is too
  if (key === 'region') return '<region>';
  if (typeof value === 'string') {
    if (JSON_FIELDS.has(key)) {
      const parsed = parseJson(value);
      if (parsed.ok) return JSON.stringify(placeholders.value(parsed.value));
    }
    return placeholders.text(value);
  }
  return JSON.stringify(placeholders.value(value));
}

function detailsOf(event: HistoryEvent): Record<string, unknown> | undefined {
  for (const key of Object.keys(event)) {
    if (key.endsWith('EventDetails')) return event[key as `${string}EventDetails`] as Record<string, unknown> | undefined;
  }
  return undefined;
}

function isNotTruncated(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { truncated?: unknown }).truncated === false && Object.keys(value).length === 1
  );
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

import { detailsKey, type EventDetails, type HistoryEvent, type HistoryEventType } from './events.js';

const NOT_TRUNCATED = { truncated: false } as const;

/**
 * Appends events with consecutive ids; the caller decides each event's previousEventId (§7.4).
 * Events are kept as compact columns and turned into AWS-shaped objects only when `events` is read:
 * a 20,000-transition run records 40,000 events, and building them eagerly spent most of the run in
 * the garbage collector.
 */
export class HistoryRecorder {
  /** Five slots per event: type, previousEventId, time, name or details, payload text. One array grows, not five. */
  private readonly data: unknown[];
  private count = 0;
  private length = 0;

  /**
   * @param expectedEvents how many events the caller expects (the previous run's count): the storage is
   *   allocated once instead of growing and being copied, which matters for long runs.
   */
  constructor(expectedEvents = 0) {
    this.data = expectedEvents > 0 ? new Array<unknown>(expectedEvents * 5) : [];
  }
  private materialized: HistoryEvent[] | undefined;
  /**
   * Times are stored relative to the first event: small integers stay unboxed, where epoch
   * milliseconds would allocate a heap number for every event.
   */
  private base = Number.NaN;

  add(type: HistoryEventType, previousEventId: number, at: number, details?: EventDetails): number {
    if (this.count === 0) this.base = at;
    this.write(type, previousEventId, at - this.base, details, undefined);
    return ++this.count;
  }

  /** A `*StateEntered` (payload = input) or plain `*StateExited` (payload = output) event. */
  addState(type: HistoryEventType, previousEventId: number, at: number, name: string, payload: string): number {
    if (this.count === 0) this.base = at;
    this.write(type, previousEventId, at - this.base, name, payload);
    return ++this.count;
  }

  /**
   * An Entered event and its plain Exited event at one instant, recorded together (a synchronous
   * state's two events; the Exited one points at the Entered one). Returns the Exited event's id.
   */
  addStatePair(entered: HistoryEventType, exited: HistoryEventType, previousEventId: number, at: number, name: string, input: string, output: string): number {
    if (this.count === 0) this.base = at;
    const offset = at - this.base;
    this.write(entered, previousEventId, offset, name, input);
    this.count++;
    this.write(exited, this.count, offset, name, output);
    return ++this.count;
  }

  private write(type: HistoryEventType, previous: number, offset: number, name: string | EventDetails | undefined, payload: string | undefined): void {
    const data = this.data;
    const i = this.length;
    data[i] = type;
    data[i + 1] = previous;
    data[i + 2] = offset;
    data[i + 3] = name;
    data[i + 4] = payload;
    this.length = i + 5;
  }

  get size(): number {
    return this.count;
  }

  previousEventIdOf(id: number): number | undefined {
    return id >= 1 && id <= this.count ? (this.data[(id - 1) * 5 + 1] as number) : undefined;
  }

  /** The recorded events in AWS's shape, built on first read. */
  get events(): HistoryEvent[] {
    if (this.materialized?.length === this.count) return this.materialized;
    const events: HistoryEvent[] = this.materialized ?? [];
    const data = this.data;
    let lastAt = Number.NaN;
    let lastDate = new Date(0);
    for (let i = events.length; i < this.count; i++) {
      const o = i * 5;
      const type = data[o] as HistoryEventType;
      const at = this.base + (data[o + 2] as number);
      if (at !== lastAt) {
        lastAt = at;
        lastDate = new Date(at);
      }
      const event = { timestamp: lastDate, type, id: i + 1, previousEventId: data[o + 1] as number } as HistoryEvent;
      const name = data[o + 3] as string | EventDetails | undefined;
      const payload = data[o + 4] as string | undefined;
      if (typeof name === 'string') {
        event[detailsKey(type)] = type.endsWith('Entered')
          ? { name, input: payload as string, inputDetails: NOT_TRUNCATED }
          : { name, output: payload as string, outputDetails: NOT_TRUNCATED };
      } else if (name !== undefined) {
        event[detailsKey(type)] = name;
      }
      events.push(event);
    }
    this.materialized = events;
    return events;
  }
}

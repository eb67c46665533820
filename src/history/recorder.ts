import { detailsKey, type EventDetails, type HistoryEvent, type HistoryEventType } from './events.js';

const NOT_TRUNCATED = { truncated: false } as const;

/**
 * Appends events with consecutive ids; the caller decides each event's previousEventId (§7.4).
 * Events are kept as compact records and turned into AWS-shaped objects only when `events` is read:
 * a 20,000-transition run records 40,000 events, and building them eagerly spent most of the run in
 * the garbage collector.
 */
const CHUNK = 1024;

export class HistoryRecorder {
  /**
   * Four slots per record: type, previousEventId, then either the state name and payload text
   * (Entered/Exited), or the details object and `undefined`. A record whose previousEventId slot is
   * negative (-(prev + 1)) stands for an Entered event plus the Exited event that follows it with the
   * same payload: two events in one record (pass-through states).
   */
  /** Records in fixed-size chunks: young-generation friendly, nothing is copied as the history grows. */
  private readonly chunks: unknown[][] = [];
  private data: unknown[] = [];
  private length = 0;
  private count = 0;
  /** Times change rarely: event index and time offset at each change, relative to the first event. */
  private readonly timeIndex: number[] = [];
  private readonly timeOffset: number[] = [];
  private base = Number.NaN;
  private lastAt = Number.NaN;
  private materialized: HistoryEvent[] | undefined;

  constructor() {
    this.chunks.push(this.data);
  }

  add(type: HistoryEventType, previousEventId: number, at: number, details?: EventDetails): number {
    this.time(at);
    this.write(type, previousEventId, details, undefined);
    return ++this.count;
  }

  /** A `*StateEntered` (payload = input) or plain `*StateExited` (payload = output) event. */
  addState(type: HistoryEventType, previousEventId: number, at: number, name: string, payload: string): number {
    this.time(at);
    this.write(type, previousEventId, name, payload);
    return ++this.count;
  }

  /**
   * An Entered event and the plain Exited event that follows it at the same instant with the same
   * payload (a pass-through state). Returns the Exited event's id.
   */
  addPassThrough(entered: HistoryEventType, previousEventId: number, at: number, name: string, payload: string): number {
    this.time(at);
    this.write(entered, -(previousEventId + 1), name, payload);
    this.count += 2;
    return this.count;
  }

  get size(): number {
    return this.count;
  }

  previousEventIdOf(id: number): number | undefined {
    return this.events[id - 1]?.previousEventId;
  }

  /** The recorded events in AWS's shape, built on first read. */
  get events(): HistoryEvent[] {
    if (this.materialized?.length === this.count) return this.materialized;
    const events: HistoryEvent[] = [];
    const data = this.chunks.flat();
    let change = 0;
    let date = new Date(this.base);
    const stamp = (): Date => {
      while (change < this.timeIndex.length && (this.timeIndex[change] as number) <= events.length) {
        date = new Date(this.base + (this.timeOffset[change] as number));
        change++;
      }
      return date;
    };
    for (let o = 0; o < this.length; o += 4) {
      const type = data[o] as HistoryEventType;
      const previous = data[o + 1] as number;
      const name = data[o + 2] as string | EventDetails | undefined;
      const payload = data[o + 3] as string | undefined;
      if (previous < 0) {
        const enteredId = events.length + 1;
        events.push(stateEvent(type, enteredId, -previous - 1, stamp(), name as string, payload as string));
        const exited = type.replace(/Entered$/, 'Exited') as HistoryEventType;
        events.push(stateEvent(exited, enteredId + 1, enteredId, stamp(), name as string, payload as string));
        continue;
      }
      if (typeof name === 'string') {
        events.push(stateEvent(type, events.length + 1, previous, stamp(), name, payload as string));
        continue;
      }
      const event = { timestamp: stamp(), type, id: events.length + 1, previousEventId: previous } as HistoryEvent;
      if (name !== undefined) event[detailsKey(type)] = name;
      events.push(event);
    }
    this.materialized = events;
    return events;
  }

  private time(at: number): void {
    if (at === this.lastAt) return;
    if (this.count === 0) this.base = at;
    this.lastAt = at;
    this.timeIndex.push(this.count);
    this.timeOffset.push(at - this.base);
  }

  private write(type: HistoryEventType, previous: number, name: string | EventDetails | undefined, payload: string | undefined): void {
    let data = this.data;
    if (data.length >= CHUNK) {
      data = [];
      this.data = data;
      this.chunks.push(data);
    }
    data.push(type, previous, name, payload);
    this.length += 4;
  }
}

function stateEvent(
  type: HistoryEventType,
  id: number,
  previousEventId: number,
  timestamp: Date,
  name: string,
  payload: string,
): HistoryEvent {
  const event = { timestamp, type, id, previousEventId } as HistoryEvent;
  event[detailsKey(type)] = type.endsWith('Entered')
    ? { name, input: payload, inputDetails: NOT_TRUNCATED }
    : { name, output: payload, outputDetails: NOT_TRUNCATED };
  return event;
}

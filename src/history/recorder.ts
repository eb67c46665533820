import { detailsKey, type EventDetails, type HistoryEvent, type HistoryEventType } from './events.js';

const NOT_TRUNCATED = { truncated: false } as const;

/**
 * Appends events with consecutive ids; the caller decides each event's previousEventId (§7.4).
 * Events are kept as compact columns and turned into AWS-shaped objects only when `events` is read:
 * a 20,000-transition run records 40,000 events, and building them eagerly spent most of the run in
 * the garbage collector.
 */
export class HistoryRecorder {
  private readonly types: HistoryEventType[] = [];
  private readonly previous: number[] = [];
  private readonly times: number[] = [];
  /** Details object, or for Entered/Exited events the state name (details built later). */
  private readonly names: Array<string | EventDetails | undefined> = [];
  /** Input/output text of Entered/Exited events recorded with `addState`. */
  private readonly payloads: Array<string | undefined> = [];
  private materialized: HistoryEvent[] | undefined;

  add(type: HistoryEventType, previousEventId: number, at: number, details?: EventDetails): number {
    return this.push(type, previousEventId, at, details, undefined);
  }

  /** A `*StateEntered` (payload = input) or plain `*StateExited` (payload = output) event. */
  addState(type: HistoryEventType, previousEventId: number, at: number, name: string, payload: string): number {
    return this.push(type, previousEventId, at, name, payload);
  }

  get size(): number {
    return this.types.length;
  }

  previousEventIdOf(id: number): number | undefined {
    return this.previous[id - 1];
  }

  /** The recorded events in AWS's shape, built on first read. */
  get events(): HistoryEvent[] {
    if (this.materialized?.length === this.types.length) return this.materialized;
    const events: HistoryEvent[] = this.materialized ?? [];
    let lastAt = Number.NaN;
    let lastDate = new Date(0);
    for (let i = events.length; i < this.types.length; i++) {
      const at = this.times[i] as number;
      if (at !== lastAt) {
        lastAt = at;
        lastDate = new Date(at);
      }
      const type = this.types[i] as HistoryEventType;
      const event = { timestamp: lastDate, type, id: i + 1, previousEventId: this.previous[i] as number } as HistoryEvent;
      const name = this.names[i];
      const payload = this.payloads[i];
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

  private push(type: HistoryEventType, previousEventId: number, at: number, name: string | EventDetails | undefined, payload: string | undefined): number {
    this.types.push(type);
    this.previous.push(previousEventId);
    this.times.push(at);
    this.names.push(name);
    this.payloads.push(payload);
    return this.types.length;
  }
}

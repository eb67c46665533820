import { detailsKey, type EventDetails, type HistoryEvent, type HistoryEventType } from './events.js';

/** Appends events with consecutive ids; the caller decides each event's previousEventId (§7.4). */
export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];

  add(type: HistoryEventType, previousEventId: number, at: number, details?: EventDetails): number {
    const id = this.events.length + 1;
    const event = { timestamp: new Date(at), type, id, previousEventId } as HistoryEvent;
    if (details !== undefined) event[detailsKey(type)] = details;
    this.events.push(event);
    return id;
  }

  get size(): number {
    return this.events.length;
  }
}

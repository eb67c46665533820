import { detailsKey, type EventDetails, type HistoryEvent, type HistoryEventType } from './events.js';

/** Appends events with consecutive ids; the caller decides each event's previousEventId (§7.4). */
export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];
  private lastAt = Number.NaN;
  private lastDate = new Date(0);

  add(type: HistoryEventType, previousEventId: number, at: number, details?: EventDetails): number {
    const id = this.events.length + 1;
    // events recorded at the same virtual instant share one Date: most of a run happens at few instants
    if (at !== this.lastAt) {
      this.lastAt = at;
      this.lastDate = new Date(at);
    }
    const event = { timestamp: this.lastDate, type, id, previousEventId } as HistoryEvent;
    if (details !== undefined) event[detailsKey(type)] = details;
    this.events.push(event);
    return id;
  }

  get size(): number {
    return this.events.length;
  }
}

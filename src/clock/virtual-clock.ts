/** A timer registered with a {@link Clock}. */
export interface TimerHandle {
  readonly at: number;
  readonly seq: number;
  cancelled: boolean;
  readonly fire: () => void;
}

/** The engine's only source of time. Times are epoch milliseconds. */
export interface Clock {
  now(): number;
  /** Runs `fire` when the clock reaches `at`. Timers due at the same instant fire in scheduling order. */
  schedule(at: number, fire: () => void): TimerHandle;
  cancel(timer: TimerHandle): void;
}

/**
 * A clock that only moves when told to: a one-year Wait costs one heap operation. Timers are kept in
 * a binary heap ordered by (time, scheduling sequence), so ties break the same way on every run.
 */
export class VirtualClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly heap: TimerHandle[] = [];

  constructor(startTime: number) {
    this.current = startTime;
  }

  now(): number {
    return this.current;
  }

  schedule(at: number, fire: () => void): TimerHandle {
    const timer: TimerHandle = { at: Math.max(at, this.current), seq: this.seq++, cancelled: false, fire };
    this.push(timer);
    return timer;
  }

  cancel(timer: TimerHandle): void {
    timer.cancelled = true;
  }

  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  advanceBy(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const top = this.peek();
      if (top === undefined || top.at > target) break;
      this.advanceToNext();
    }
    this.current = target;
  }

  /** Jumps to the earliest pending timer and fires it. Returns false when no timer is pending. */
  advanceToNext(): boolean {
    for (;;) {
      const timer = this.pop();
      if (timer === undefined) return false;
      if (timer.cancelled) continue;
      this.current = timer.at;
      timer.fire();
      return true;
    }
  }

  /** Fires timers until none is left. */
  runUntilIdle(): void {
    while (this.advanceToNext()) {
      /* each call fires one timer */
    }
  }

  /** The number of pending (not cancelled) timers. */
  pending(): number {
    return this.heap.filter((t) => !t.cancelled).length;
  }

  private peek(): TimerHandle | undefined {
    while (this.heap.length > 0 && (this.heap[0] as TimerHandle).cancelled) this.pop();
    return this.heap[0];
  }

  private push(timer: TimerHandle): void {
    const heap = this.heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(timer, heap[parent] as TimerHandle)) break;
      heap[i] = heap[parent] as TimerHandle;
      i = parent;
    }
    heap[i] = timer;
  }

  private pop(): TimerHandle | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const child = r < heap.length && before(heap[r] as TimerHandle, heap[l] as TimerHandle) ? r : l;
      if (!before(heap[child] as TimerHandle, last)) break;
      heap[i] = heap[child] as TimerHandle;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before(a: TimerHandle, b: TimerHandle): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

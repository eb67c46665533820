import type { Clock, TimerHandle } from '../clock/virtual-clock.js';

/**
 * What a running state asks of the scheduler. Everything that takes time or leaves the engine goes
 * through an effect, so the scheduler alone decides ordering: that is what makes runs repeatable.
 */
export type Effect =
  /** Resume after `ms` of virtual time (Wait, retry back-off, task latency). */
  | { readonly type: 'sleep'; readonly ms: number }
  /** Call user code (a task handler). The scheduler awaits it before anything else runs. */
  | { readonly type: 'invoke'; readonly call: () => unknown }
  /** Let the other ready fibers run first (a Map worker between two items). */
  | { readonly type: 'yield' }
  /** Park until `resume` is called (Parallel/Map waiting for their branches). */
  | { readonly type: 'park'; readonly register: (resume: (value: unknown) => void) => void };

export type FiberBody<T> = Generator<Effect, T, unknown>;

/** The settled outcome of an `invoke` effect. */
export type InvokeOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export class Fiber {
  cancelled = false;
  timer: TimerHandle | undefined;
  constructor(
    readonly body: FiberBody<unknown>,
    readonly onDone: (value: unknown) => void,
  ) {}
}

/**
 * Runs fibers on a virtual clock. Ready fibers run first-in first-out, each until it blocks; when
 * none is ready, the clock jumps to the next timer. Ties at one instant keep scheduling order.
 */
export class FiberScheduler {
  private ready: Array<{ fiber: Fiber; value: unknown }> = [];
  private head = 0;
  private stopped = false;

  constructor(private readonly clock: Clock & { advanceToNext(): boolean }) {}

  spawn<T>(body: FiberBody<T>, onDone: (value: T) => void): Fiber {
    const fiber = new Fiber(body, onDone as (value: unknown) => void);
    this.ready.push({ fiber, value: undefined });
    return fiber;
  }

  cancel(fiber: Fiber): void {
    fiber.cancelled = true;
    if (fiber.timer !== undefined) this.clock.cancel(fiber.timer);
  }

  /** Stops everything (execution timed out or failed): no fiber runs again. */
  stop(): void {
    this.stopped = true;
  }

  async run(): Promise<void> {
    while (!this.stopped) {
      while (this.head < this.ready.length && !this.stopped) {
        const entry = this.ready[this.head++] as { fiber: Fiber; value: unknown };
        if (this.head > 1024 && this.head * 2 > this.ready.length) {
          this.ready = this.ready.slice(this.head);
          this.head = 0;
        }
        if (entry.fiber.cancelled) continue;
        // only an `invoke` effect needs the microtask queue; everything else steps synchronously
        const pending = this.step(entry.fiber, entry.value);
        if (pending !== undefined) await pending;
      }
      if (this.stopped || !this.clock.advanceToNext()) return;
    }
  }

  private step(fiber: Fiber, initial: unknown): Promise<void> | undefined {
    let value = initial;
    for (;;) {
      const r = fiber.body.next(value);
      if (r.done === true) {
        fiber.onDone(r.value);
        return;
      }
      const effect = r.value;
      switch (effect.type) {
        case 'sleep':
          fiber.timer = this.clock.schedule(this.clock.now() + effect.ms, () => {
            fiber.timer = undefined;
            if (!fiber.cancelled) this.ready.push({ fiber, value: undefined });
          });
          return;
        case 'yield':
          this.ready.push({ fiber, value: undefined });
          return;
        case 'park':
          effect.register((resumed) => {
            if (!fiber.cancelled) this.ready.push({ fiber, value: resumed });
          });
          return;
        case 'invoke':
          return settle(effect.call).then((outcome) => {
            if (fiber.cancelled || this.stopped) return undefined;
            return this.step(fiber, outcome);
          });
        default: {
          const never: never = effect;
          throw new Error(`unknown effect ${JSON.stringify(never)}`);
        }
      }
    }
  }
}

async function settle(call: () => unknown): Promise<InvokeOutcome> {
  try {
    let value = call();
    if (typeof value === 'object' && value !== null && typeof (value as PromiseLike<unknown>).then === 'function') {
      value = await value;
    }
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error };
  }
}

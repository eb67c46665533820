import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { createRandom } from '../../src/clock/random.js';

describe('VirtualClock', () => {
  it('fires timers in time order and jumps straight to each one', () => {
    const clock = new VirtualClock(1000);
    const fired: Array<[string, number]> = [];
    clock.schedule(5000, () => fired.push(['b', clock.now()]));
    clock.schedule(2000, () => fired.push(['a', clock.now()]));
    clock.runUntilIdle();
    expect(fired).toEqual([
      ['a', 2000],
      ['b', 5000],
    ]);
  });

  it('fires timers due at the same instant in scheduling order', () => {
    const clock = new VirtualClock(0);
    const fired: number[] = [];
    for (let i = 0; i < 20; i++) clock.schedule(100, () => fired.push(i));
    clock.runUntilIdle();
    expect(fired).toEqual([...Array(20).keys()]);
  });

  it('skips cancelled timers and advanceBy stops at the target time', () => {
    const clock = new VirtualClock(0);
    const fired: string[] = [];
    const t = clock.schedule(10, () => fired.push('cancelled'));
    clock.schedule(20, () => fired.push('kept'));
    clock.schedule(50, () => fired.push('later'));
    clock.cancel(t);
    clock.advanceBy(30);
    expect(fired).toEqual(['kept']);
    expect(clock.now()).toBe(30);
    expect(clock.pending()).toBe(1);
  });
});

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = [a.next(), a.next(), a.uuid()];
    expect([b.next(), b.next(), b.uuid()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
  });

  it('draws version-4 UUIDs and integers within inclusive bounds', () => {
    const r = createRandom('seed');
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

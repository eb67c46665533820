import type { ExecutionObserver } from '../engine/options.js';
import type { ExecutionResult } from '../engine/execution-result.js';
import type { MachineOutline } from './machine-outline.js';

/** Something a fuzz run can cover: a state entered, a Choice rule (or Default) taken, a retrier or catcher fired. */
export interface CoverageItem {
  readonly kind: 'state' | 'choiceRule' | 'choiceDefault' | 'retrier' | 'catcher';
  readonly state: string;
  /** The rule's, retrier's or catcher's 0-based index. */
  readonly index?: number;
  /** `Charge`, `Route.Choices[1]`, `Route.Default`, `Charge.Retry[0]`, `Charge.Catch[0]`. */
  readonly label: string;
}

/** What the executions of a fuzz run covered. */
export interface CoverageReport {
  readonly total: number;
  readonly covered: number;
  /** `covered / total` in percent, one decimal. */
  readonly percent: number;
  /** Every item with the number of executions that hit it (an execution counts once per item). */
  readonly items: readonly { readonly item: CoverageItem; readonly hits: number }[];
  /** The items no execution hit, in definition order. */
  readonly uncovered: readonly CoverageItem[];
}

/** Every coverage item of a definition, in definition order. */
export function coverageItems(outline: MachineOutline): CoverageItem[] {
  const items: CoverageItem[] = [];
  for (const s of outline.states) {
    items.push({ kind: 'state', state: s.name, label: s.name });
    for (let i = 0; i < s.choiceRules; i++) items.push({ kind: 'choiceRule', state: s.name, index: i, label: `${s.name}.Choices[${i}]` });
    if (s.hasDefault) items.push({ kind: 'choiceDefault', state: s.name, label: `${s.name}.Default` });
    s.retriers.forEach((_, i) => items.push({ kind: 'retrier', state: s.name, index: i, label: `${s.name}.Retry[${i}]` }));
    s.catchers.forEach((_, i) => items.push({ kind: 'catcher', state: s.name, index: i, label: `${s.name}.Catch[${i}]` }));
  }
  return items;
}

/**
 * Counts what executions cover. Give `observer` to each run (it hears Choice rules, retriers and
 * catchers), then `record(result)` (states entered come from the path).
 */
export class CoverageTracker {
  private readonly items: CoverageItem[];
  private readonly hits = new Map<string, number>();
  private readonly seen = new Set<string>();
  private coveredCount = 0;
  readonly observer: ExecutionObserver;

  constructor(outline: MachineOutline) {
    this.items = coverageItems(outline);
    for (const item of this.items) this.hits.set(item.label, 0);
    this.observer = {
      choice: (state, rule) => this.seen.add(rule < 0 ? `${state}.Default` : `${state}.Choices[${rule}]`),
      retry: (state, retrier) => this.seen.add(`${state}.Retry[${retrier}]`),
      catch: (state, catcher) => this.seen.add(`${state}.Catch[${catcher}]`),
    };
  }

  /** Adds one execution; returns how many items it covered for the first time. */
  record(result: ExecutionResult): number {
    for (const entry of result.path) this.seen.add(stateName(entry));
    let fresh = 0;
    for (const label of this.seen) {
      const before = this.hits.get(label);
      if (before === undefined) continue; // e.g. a Default reported for a Choice that has none
      if (before === 0) fresh++;
      this.hits.set(label, before + 1);
    }
    this.seen.clear();
    this.coveredCount += fresh;
    return fresh;
  }

  get covered(): number {
    return this.coveredCount;
  }

  report(): CoverageReport {
    const total = this.items.length;
    return {
      total,
      covered: this.coveredCount,
      percent: total === 0 ? 100 : Math.round((this.coveredCount / total) * 1000) / 10,
      items: this.items.map((item) => ({ item, hits: this.hits.get(item.label) ?? 0 })),
      uncovered: this.items.filter((item) => this.hits.get(item.label) === 0),
    };
  }
}

/** `Process[2].Validate` → `Validate`; `Fanout#1.Notify` → `Notify`. */
export function stateName(entry: string): string {
  const match = /^.*(?:\[\d+\]|#\d+)\.(.*)$/.exec(entry);
  return match === null ? entry : (match[1] as string);
}

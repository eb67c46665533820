import type { BreakEven } from './break-even.js';
import type { Change, CostDiff } from './compare-costs.js';
import type { CostEstimate } from './estimate.js';
import { clockTime, figure, grouped, plural, rate, usd } from './format-numbers.js';
import type { MonthlyBill } from './monthly-bill.js';

const TYPE_NAME = { STANDARD: 'Standard', EXPRESS: 'Express' } as const;

/** What to print around an estimate. */
export interface FormatCostOptions {
  /** What was estimated (a file name). */
  readonly subject?: string;
  /** A command that reproduces the estimate, printed last. */
  readonly replay?: string;
}

/**
 * The readable form of a cost estimate, as `sfn-sim cost` prints it: a table per type (transitions, or
 * billed duration × memory; price per execution; per month), which is cheaper and by how much, the
 * break-even, Express's limits, the month's arithmetic and where the prices come from.
 * @example
 * console.log(formatCostEstimate(estimate, { subject: 'order.asl.json' }));
 */
export function formatCostEstimate(estimate: CostEstimate, options: FormatCostOptions = {}): string {
  const lines: string[] = [];
  const per = estimate.perExecution;
  const n = estimate.executionsPerMonth;
  lines.push(
    `Cost${options.subject === undefined ? '' : ` of ${options.subject}`} in ${estimate.region}, ${plural(n, 'execution')} a month`,
  );
  for (const s of estimate.scenarios) {
    const share = estimate.scenarios.length === 1 ? 'Run' : `${s.name} (${figure(s.share * 100, 1)}%)`;
    lines.push(`${share}: ${s.status} in ${clockTime(s.durationMs)} of virtual time, ${plural(s.transitions, 'state transition')}`);
  }
  lines.push('');
  const rows: Array<[string, string, string]> = [
    ['', 'Standard', 'Express'],
    [
      estimate.scenarios.length === 1 ? 'Billed per execution' : 'Billed per execution (average)',
      plural(per.transitions, 'transition'),
      `${grouped(per.billedDurationInMilliseconds)} ms x ${figure(per.billedMemoryUsedInMB, 1)} MB`,
    ],
    ['Price per execution', usd(per.standardUsd), usd(per.expressUsd)],
    [`Per month`, usd(estimate.standard.totalUsd), usd(estimate.express.totalUsd)],
  ];
  const width0 = Math.max(...rows.map((r) => r[0].length)) + 2;
  const width1 = Math.max(...rows.map((r) => r[1].length)) + 4;
  for (const [a, b, c] of rows) lines.push(`${a.padEnd(width0)}${b.padEnd(width1)}${c}`.trimEnd());
  lines.push('');
  lines.push(verdict(estimate));
  lines.push(breakEvenLine(estimate));
  if (estimate.expressLimitations.length === 0) {
    lines.push('Express limits: none found (under 5 minutes; no .sync, callbacks, activities or distributed Map).');
  } else {
    lines.push('Cannot run as Express:');
    for (const l of estimate.expressLimitations) lines.push(`  - ${l.message}`);
  }
  lines.push('');
  lines.push(`Standard per month: ${standardArithmetic(estimate.standard, estimate)}`);
  lines.push(`Express per month:  ${expressArithmetic(estimate.express, estimate)}`);
  lines.push('');
  lines.push('Transitions by state, per execution:');
  const states = per.transitionsByState;
  const nameWidth = Math.max(...states.map((s) => s.state.length), 0) + 2;
  for (const s of states) lines.push(`  ${s.state.padEnd(nameWidth)}${figure(s.transitions, 2)}`);
  for (const s of estimate.scenarios) {
    const m = s.memory;
    lines.push(
      `Express memory${estimate.scenarios.length === 1 ? '' : ` (${s.name})`}: 50 MB + ${grouped(m.definitionBytes)} B definition + ${grouped(m.payloadBytes)} B payload x ${plural(m.steps, 'step')} = ${figure(m.memoryUsedInMB, 4)} MB, billed ${m.billedMemoryUsedInMB} MB (AWS's estimate).`,
    );
  }
  for (const note of estimate.notes) lines.push(`Note: ${note}`);
  const { standard, express } = estimate.pricing;
  if (standard.date === express.date) {
    lines.push(`Prices for ${estimate.region}, read ${standard.date}:`);
    lines.push(`  Standard: ${standard.source}`, `  Express:  ${express.source}`);
  } else {
    lines.push(`Prices for ${estimate.region}:`);
    lines.push(`  Standard: ${standard.source}, ${standard.date}`, `  Express:  ${express.source}, ${express.date}`);
  }
  if (options.replay !== undefined) lines.push(`Replay: ${options.replay}`);
  return lines.join('\n');
}

function verdict(e: CostEstimate): string {
  const at = `at ${plural(e.executionsPerMonth, 'execution')} a month`;
  if (e.cheaper === 'EQUAL') return `Standard and Express cost the same ${at}.`;
  const dearer = e.cheaper === 'STANDARD' ? 'Express' : 'Standard';
  const saving = `by ${usd(e.savingsUsd)} a month (${figure(e.savingsPercent, 1)}% less than ${dearer})`;
  const caveat = e.cheaper === 'EXPRESS' && !e.expressRunnable ? ', but this workflow cannot run as Express (below)' : '';
  return `${TYPE_NAME[e.cheaper]} is cheaper ${at}, ${saving}${caveat}.`;
}

function breakEvenLine(estimate: CostEstimate): string {
  const points: readonly BreakEven[] = estimate.breakEven;
  if (points.length === 0) {
    const always = estimate.cheaper === 'EQUAL' ? 'neither type' : TYPE_NAME[estimate.cheaper];
    return `Break-even: none; ${always} is cheaper at every volume.`;
  }
  return points
    .map(
      (p) =>
        `Break-even: ${plural(p.executionsPerMonth, 'execution')} a month; ${TYPE_NAME[p.cheaperBelow]} is cheaper below, ${TYPE_NAME[p.cheaperAbove]} from there up.`,
    )
    .join('\n');
}

function standardArithmetic(bill: MonthlyBill, e: CostEstimate): string {
  const parts = [
    `${grouped(bill.transitions)} transitions - ${grouped(bill.freeTransitions)} free = ${grouped(bill.billedTransitions)} x ${rate(e.pricing.standard.usdPerThousandTransitions)} per 1,000 = ${usd(bill.transitionsUsd)}`,
  ];
  if (bill.requests > 0 || bill.gbSeconds > 0) parts.push(`Express children ${usd(bill.requestsUsd + bill.durationUsd)}`);
  return parts.join('; ');
}

function expressArithmetic(bill: MonthlyBill, e: CostEstimate): string {
  const parts = [
    `${grouped(bill.requests)} requests x ${rate(e.pricing.express.usdPerMillionRequests)} per million = ${usd(bill.requestsUsd)}`,
  ];
  const tiers = bill.tiers.map((t) => `${figure(t.gbHours, 2)} x ${rate(t.usdPerGbHour)}`).join(' + ');
  parts.push(`${figure(bill.gbHours, 2)} GB-hours: ${tiers === '' ? '0' : tiers} = ${usd(bill.durationUsd)}`);
  if (bill.transitions > 0) parts.push(`Standard children ${usd(bill.transitionsUsd)}`);
  return parts.join('; ');
}

/**
 * The readable form of a cost diff: each type's monthly bill before and after, transitions per
 * execution by state, Express's billed duration and memory, and any change of cheaper type.
 * @example
 * console.log(formatCostDiff(compareCosts(before, after)));
 */
export function formatCostDiff(diff: CostDiff): string {
  const lines = [`Cost change in ${diff.region}, ${plural(diff.executionsPerMonth, 'execution')} a month:`];
  lines.push(
    `  Standard: ${money(diff.standard.monthlyUsd)} a month; ${count(diff.standard.transitionsPerExecution)} transitions per execution`,
  );
  const memory = diff.express.billedMemoryUsedInMB;
  const mb = memory.change === 0 ? figure(memory.after, 1) : count(memory);
  lines.push(
    `  Express:  ${money(diff.express.monthlyUsd)} a month; ${count(diff.express.billedDurationInMilliseconds)} ms x ${mb} MB billed`,
  );
  for (const s of diff.standard.byState) lines.push(`    ${s.state}: ${count(s)} transitions per execution`);
  if (diff.cheaper.before !== diff.cheaper.after) lines.push(`  Cheaper type: ${diff.cheaper.before} before, ${diff.cheaper.after} after.`);
  if (diff.express.runnableBefore !== diff.express.runnableAfter) {
    lines.push(`  ${diff.express.runnableAfter ? 'Now runnable as Express.' : 'No longer runnable as Express.'}`);
  }
  return lines.join('\n');
}

function money(c: Change): string {
  return `${usd(c.before)} -> ${usd(c.after)} (${c.change >= 0 ? '+' : ''}${usd(c.change)}${percent(c)})`;
}

function count(c: Change): string {
  return `${figure(c.before, 2)} -> ${figure(c.after, 2)}`;
}

function percent(c: Change): string {
  return c.changePercent === null ? '' : `, ${c.changePercent >= 0 ? '+' : ''}${figure(c.changePercent, 1)}%`;
}

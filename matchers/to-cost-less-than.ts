import type { MatcherState } from 'vitest';
import { costOf, type DefinitionSource, type ExecutionCost, type PricingOptions } from '../src/index.js';
import { executionModel } from './support/execution-model.js';
import { asExecution, badArgument } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending } from './support/report.js';
import { columns, cut, plural } from './support/text.js';
import type { CostLimits } from './types.js';

/** States listed in the Standard breakdown before the rest are counted. */
const MAX_STATES = 8;

/**
 * `expect(execution).toCostLessThan({ standard?, express? }, definition, pricing?)`: one run costs less
 * than these amounts in US dollars, as `costOf(execution, definition, pricing)` prices it: Standard by
 * state transitions, Express by request plus billed duration × memory, at list prices (us-east-1 unless
 * `pricing.region` says otherwise), without the free tier. An Express bound also fails when the run
 * could not be an Express execution at all (longer than 5 minutes, `.sync`, callbacks, activities).
 * @example
 * expect(execution).toCostLessThan({ standard: 0.001, express: 0.00001 }, machine);
 */
export function toCostLessThan(
  this: MatcherState,
  received: unknown,
  limits: unknown,
  definition: unknown,
  options?: PricingOptions,
): MatcherOutcome {
  const result = asExecution(received, 'toCostLessThan');
  const bounds = limitsArgument(limits);
  if (definition === undefined || definition === null || (typeof definition !== 'object' && typeof definition !== 'string')) {
    badArgument(
      'toCostLessThan',
      `the second argument must be the state machine (or its definition): costs depend on its size and states, which the execution result does not hold. Write expect(execution).toCostLessThan(${limitsText(bounds)}, machine).`,
    );
  }
  const cost = costOf(result, definition as DefinitionSource, options);
  const standardOk = bounds.standard === undefined || cost.standard.usd < bounds.standard;
  const expressOk = bounds.express === undefined || (cost.express.runnable && cost.express.usd < bounds.express);
  return {
    pass: standardOk && expressOk,
    actual: {
      ...(bounds.standard === undefined ? {} : { standard: cost.standard.usd }),
      ...(bounds.express === undefined ? {} : { express: cost.express.usd }),
    },
    expected: bounds,
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toCostLessThan', `${limitsText(bounds)}, definition`);
      const costs = [
        bounds.standard === undefined ? undefined : `${dollars(cost.standard.usd)} as Standard`,
        bounds.express === undefined
          ? undefined
          : `${dollars(cost.express.usd)} as Express${cost.express.runnable ? '' : ' (if it could run as Express)'}`,
      ]
        .filter((c) => c !== undefined)
        .join(' and ');
      const sentence = this.isNot
        ? `Expected one run to cost at least ${boundsText(bounds)}; it costs ${costs}.`
        : `Expected one run to cost less than ${boundsText(bounds)}; it costs ${costs}.`;
      return blocks(head, sentence, breakdown(cost, bounds), ending(model));
    },
  };
}

function limitsArgument(limits: unknown): CostLimits {
  const isBound = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
  if (typeof limits !== 'object' || limits === null) {
    badArgument(
      'toCostLessThan',
      `limits must be an object of US dollars per run, e.g. { standard: 0.001 } or { express: 0.00001 }; got ${limits === null ? 'null' : typeof limits}.`,
    );
  }
  const { standard, express, ...rest } = limits as Record<string, unknown>;
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length > 0 || !isBound(standard) || !isBound(express) || (standard === undefined && express === undefined)) {
    badArgument(
      'toCostLessThan',
      `limits take standard and/or express, each a number of US dollars per run ≥ 0, e.g. { standard: 0.001 }; got ${JSON.stringify(limits)}.`,
    );
  }
  return {
    ...(standard === undefined ? {} : { standard: standard as number }),
    ...(express === undefined ? {} : { express: express as number }),
  };
}

/** The Standard transitions by state, the Express billing figures, and the prices used. */
function breakdown(cost: ExecutionCost, bounds: CostLimits): string[] {
  const lines: string[] = [];
  const p = cost.pricing;
  if (bounds.standard !== undefined) {
    lines.push(
      `Standard: ${plural(cost.standard.transitions, 'state transition')} × $${p.standard.usdPerThousandTransitions} per 1,000 = ${dollars(cost.standard.usd)}`,
    );
    const states = [...cost.standard.byState].sort((a, b) => b.transitions - a.transitions).slice(0, MAX_STATES);
    lines.push(
      ...columns(
        states.map((s): [string, string] => [
          s.state,
          `${s.transitions}${s.retries === 0 ? '' : ` (${s.entries} entered + ${plural(s.retries, 'retry', 'retries')})`}`,
        ]),
        '    ',
      ),
    );
    const more = cost.standard.byState.length - MAX_STATES;
    if (more > 0) lines.push(`    … ${plural(more, 'more state')}`);
  }
  if (bounds.express !== undefined) {
    const billing = cost.express.billingDetails;
    lines.push(
      `Express: 1 request + ${billing.billedMemoryUsedInMB} MB × ${(billing.billedDurationInMilliseconds / 1000).toFixed(1)} s billed = ${dollars(cost.express.usd)}`,
    );
    for (const limitation of cost.express.limitations) lines.push(`    cannot run as Express: ${limitation.message}`);
  }
  lines.push(`Prices: ${p.region}, as of ${cut(p.standard.date, 40)}; free tier not applied`);
  return lines;
}

function limitsText(bounds: CostLimits): string {
  const parts = [
    bounds.standard === undefined ? '' : `standard: ${bounds.standard}`,
    bounds.express === undefined ? '' : `express: ${bounds.express}`,
  ];
  return `{ ${parts.filter((p) => p !== '').join(', ')} }`;
}

function boundsText(bounds: CostLimits): string {
  const parts = [
    bounds.standard === undefined ? '' : `${dollars(bounds.standard)} as Standard`,
    bounds.express === undefined ? '' : `${dollars(bounds.express)} as Express`,
  ];
  return parts.filter((p) => p !== '').join(' and ');
}

/** Dollars: cents from one cent up, three significant digits below (`$0.000225`), as the cost reports print them. */
function dollars(n: number): string {
  if (n === 0) return '$0.00';
  if (n >= 0.01) return `$${n.toFixed(2)}`;
  const decimals = Math.min(12, 2 - Math.floor(Math.log10(n)));
  return `$${n.toFixed(decimals).replace(/0+$/, '')}`;
}

import { didYouMean } from './did-you-mean.js';
import type { ExecutionModel, StateVisit } from './execution-model.js';
import { badArgument } from './execution.js';
import { stateSelector, type StateSelector } from './state-selector.js';
import { offsetText, quote } from './text.js';

/** The state argument as a selector, or a UsageError naming the matcher. */
export function selectorArgument(matcher: string, argument: string, value: unknown): StateSelector {
  if (typeof value !== 'string' || value === '') {
    badArgument(
      matcher,
      `${argument} must be a state name ('ChargeCard') or a qualified path ('ReserveStock[0].Reserve', 'ShipAndNotify#1.Notify'); got ${value === '' ? 'an empty string' : typeof value}.`,
    );
  }
  return stateSelector(value);
}

/** A count argument (times, transitions): a whole number ≥ 0, or a UsageError. */
export function countArgument(matcher: string, argument: string, value: unknown, optional: boolean): number | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    badArgument(matcher, `${argument} must be a whole number ≥ 0; got ${typeof value === 'number' ? value : typeof value}.`);
  }
  return value;
}

export function visitsOf(model: ExecutionModel, selector: StateSelector): StateVisit[] {
  return model.visits.filter((v) => selector.matches(v.path));
}

/** `"Refnud" was never entered. Did you mean "Refund"?` */
export function neverEntered(model: ExecutionModel, selector: StateSelector): string {
  return `${quote(selector.text)} was never entered.${suggestion(model, selector)}`;
}

/** ` Did you mean "Refund"?` among the states the execution entered, or nothing. */
export function suggestion(model: ExecutionModel, selector: StateSelector): string {
  return didYouMean(
    selector.text,
    model.visits.flatMap((v) => [v.name, v.path]),
  );
}

/** `ReserveStock[0].Reserve (#7 at t=+00:00:00.000), …`: visits by path, first event and time, cut after `max`. */
export function visitList(model: ExecutionModel, visits: readonly StateVisit[], max = 8): string {
  const shown = visits.slice(0, max).map((v) => `${v.path} (#${v.entered.id} at t=${offsetText(model.offset(v.entered))})`);
  if (visits.length > max) shown.push(`… ${visits.length - max} more`);
  return shown.join(', ');
}

import { integrationPattern, resourceKind } from '../asl/resource-arn.js';
import type { ExecutionResult } from '../engine/execution-result.js';
import type { DefinitionOutline } from './definition-outline.js';
import { durationMs } from './express-billing.js';
import { clockTime } from './format-numbers.js';

/** Why a workflow cannot run as Express (ASL-REFERENCE §11.3). */
export interface ExpressLimitation {
  readonly kind: 'duration' | 'sync' | 'callback' | 'activity' | 'distributedMap';
  /** The state concerned (not for `duration`). */
  readonly state?: string;
  readonly message: string;
}

/** Express executions stop after 5 minutes (§11.3). */
export const EXPRESS_MAX_DURATION_MS = 300_000;

/**
 * What stops this workflow from running as Express: a run longer than 5 minutes, `.sync` or
 * `.waitForTaskToken` integrations, activities, or a distributed Map (§11.3, Appendix A item 19).
 * States run by distributed Map children are left out: the children have their own type.
 * @example
 * expressLimitations(result, outline); // [{ kind: 'callback', state: 'Approve', message: '…' }]
 */
export function expressLimitations(result: ExecutionResult, outline: DefinitionOutline): ExpressLimitation[] {
  const found: ExpressLimitation[] = [];
  const ms = durationMs(result);
  if (ms > EXPRESS_MAX_DURATION_MS) {
    found.push({
      kind: 'duration',
      message: `the run took ${clockTime(ms)} of virtual time; Express executions stop at 5 minutes (States.Timeout)`,
    });
  } else if (ms === EXPRESS_MAX_DURATION_MS && result.status === 'TIMED_OUT') {
    found.push({ kind: 'duration', message: 'the run timed out at the 5-minute Express limit: it needs longer than Express allows' });
  }
  for (const state of outline.states) {
    if (state.childOf !== undefined) continue;
    if (state.distributed !== undefined) {
      found.push({
        kind: 'distributedMap',
        state: state.label,
        message: `${state.label} is a distributed Map, which only a Standard workflow can run`,
      });
    }
    const resource = state.resource;
    if (resource === undefined) continue;
    const pattern = integrationPattern(resource);
    if (resourceKind(resource) === 'activity') {
      found.push({
        kind: 'activity',
        state: state.label,
        message: `${state.label} runs an activity (${resource}); Express workflows have no activities`,
      });
    } else if (pattern === '.sync') {
      found.push({
        kind: 'sync',
        state: state.label,
        message: `${state.label} uses ${resource} (Run a Job); Express workflows support Request Response only`,
      });
    } else if (pattern === '.waitForTaskToken') {
      found.push({
        kind: 'callback',
        state: state.label,
        message: `${state.label} uses ${resource} (wait for a callback); Express workflows support Request Response only`,
      });
    }
  }
  return found;
}

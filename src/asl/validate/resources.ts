import { pointer, type Diagnostic } from '../diagnostics.js';
import { hasPlaceholder } from '../placeholders.js';
import { integrationPattern, resourceKind } from '../resource-arn.js';
import type { StateRef } from './model.js';

/** Which workflow type the definition is validated for; EXPRESS rejects some resources (§6.1, §10.1). */
export type WorkflowType = 'STANDARD' | 'EXPRESS';

/**
 * A Task's Resource must be an ARN AWS recognises (INVALID_RESOURCE, §6.1, §10.3); an Express
 * machine cannot use `.sync`, `.waitForTaskToken` or activities (observed wording, §10.3, including
 * the trailing space of the `.waitForTaskToken` message).
 */
export function checkResource(s: StateRef, type: WorkflowType, out: Diagnostic[]): void {
  const resource = s.state['Resource'];
  if (s.type !== 'Task' || typeof resource !== 'string' || hasPlaceholder(resource)) return;
  const location = pointer(...s.at, 'Resource');
  const kind = resourceKind(resource);
  if (kind === undefined) {
    out.push({
      severity: 'ERROR',
      code: 'INVALID_RESOURCE',
      message: `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`,
      location,
    });
    return;
  }
  if (type !== 'EXPRESS') return;
  const pattern = integrationPattern(resource);
  let message: string | undefined;
  if (kind === 'activity') message = 'Express state machine does not support Activity ARN';
  else if (pattern === '.sync') message = "Express state machine does not support '.sync' service integration";
  else if (pattern === '.waitForTaskToken') message = "Express state machine does not support '.waitForTaskToken' service integration ";
  if (message !== undefined) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location });
}

import { isJsonObject, type Json } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import { UsageError } from '../engine/errors.js';
import type { TaskHandler } from '../engine/options.js';

/**
 * The CLI's mocks file: task results by state name. A value is a response, or an array of responses
 * used one per attempt (the last one repeats). A response is `{"Return": <json>}` or
 * `{"Throw": {"Error": "...", "Cause": "..."}}`, as in Step Functions Local mock files.
 * @example
 * { "ChargeCard": [{ "Throw": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } }, { "Return": { "ok": true } }] }
 */
export function simpleMocksToHandlers(mocks: Json, file: string): Record<string, TaskHandler> {
  if (!isJsonObject(mocks)) throw new UsageError(`${file}: a mocks file must be a JSON object of state name → response(s)`);
  const handlers: Record<string, TaskHandler> = {};
  for (const [state, spec] of Object.entries(mocks)) {
    const responses = Array.isArray(spec) ? spec : [spec];
    if (responses.length === 0) throw new UsageError(`${file}: "${state}" has an empty list of responses`);
    responses.forEach((r, i) => {
      if (!isJsonObject(r) || (!('Return' in r) && !isJsonObject(r['Throw']))) {
        throw new UsageError(
          `${file}: "${state}"${Array.isArray(spec) ? `[${i}]` : ''} must be {"Return": <json>} or {"Throw": {"Error": "...", "Cause": "..."}}`,
        );
      }
    });
    handlers[state] = ({ attempt }) => {
      const response = responses[Math.min(attempt, responses.length - 1)] as { Return?: Json; Throw?: { Error?: Json; Cause?: Json } };
      if (response.Throw !== undefined) {
        const { Error: error, Cause: cause } = response.Throw;
        throw new StatesError(typeof error === 'string' ? error : null, typeof cause === 'string' ? cause : null);
      }
      return response.Return ?? null;
    };
  }
  return handlers;
}

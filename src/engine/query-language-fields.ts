import type { JsonObject } from '../asl/json.js';
import type { QueryLanguage, StateType } from '../asl/types.js';

/** JSONPath-only fields, forbidden in a JSONata state (ASL-REFERENCE §3.4). */
const JSONPATH_ONLY: ReadonlySet<string> = new Set([
  'InputPath',
  'Parameters',
  'ResultSelector',
  'ResultPath',
  'OutputPath',
  'ItemsPath',
  'MaxConcurrencyPath',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath',
  'TimeoutSecondsPath',
  'HeartbeatSecondsPath',
  'SecondsPath',
  'TimestampPath',
  'ErrorPath',
  'CausePath',
  'Result',
]);

/** JSONata-only fields, forbidden in a JSONPath state. */
const JSONATA_ONLY: ReadonlySet<string> = new Set(['Arguments', 'Output', 'Items']);

/** The fields of `state` that its query language does not allow, in definition order. */
export function forbiddenFieldsFor(_type: StateType, lang: QueryLanguage, state: JsonObject): string[] {
  const forbidden = lang === 'JSONata' ? JSONPATH_ONLY : JSONATA_ONLY;
  const found: string[] = [];
  for (const k of Object.keys(state)) if (forbidden.has(k) || (lang === 'JSONata' && k.endsWith('.$'))) found.push(k);
  return found;
}

import type { JsonObject } from '../asl/json.js';
import type { QueryLanguage, StateType } from '../asl/types.js';

/** JSONPath-only fields, forbidden in a JSONata state (ASL-REFERENCE §3.4). */
const JSONPATH_ONLY = [
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
] as const;

/** JSONata-only fields, forbidden in a JSONPath state. */
const JSONATA_ONLY = ['Arguments', 'Output', 'Items'] as const;

/** The fields of `state` that its query language does not allow, in definition order. */
export function forbiddenFieldsFor(_type: StateType, lang: QueryLanguage, state: JsonObject): string[] {
  const forbidden: readonly string[] = lang === 'JSONata' ? JSONPATH_ONLY : JSONATA_ONLY;
  return Object.keys(state).filter((k) => forbidden.includes(k) || (lang === 'JSONata' && k.endsWith('.$')));
}

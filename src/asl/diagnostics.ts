import { escapePointerSegment } from './json-pointer.js';

/** A problem found in a definition, shaped like AWS ValidateStateMachineDefinition's diagnostics. */
export interface Diagnostic {
  readonly severity: 'ERROR' | 'WARNING';
  /** AWS's code where AWS has one (ASL-REFERENCE §10.2), e.g. `MISSING_TRANSITION_TARGET`. */
  readonly code: DiagnosticCode;
  readonly message: string;
  /** A JSON pointer into the definition, e.g. `/States/Charge/Next`. */
  readonly location: string;
}

export type DiagnosticCode =
  | 'INVALID_JSON_DESCRIPTION'
  | 'MISSING_DESCRIPTION'
  | 'SCHEMA_VALIDATION_FAILED'
  | 'INVALID_RESOURCE'
  | 'MISSING_END_STATE'
  | 'DUPLICATE_STATE_NAME'
  | 'INVALID_STATE_NAME'
  | 'MISSING_TRANSITION_TARGET'
  | 'TOO_DEEPLY_NESTED'
  | 'INVALID_LABEL_NAME'
  | 'DUPLICATE_LABEL_NAME'
  /** Ours, not AWS's: a `${Name}` template variable left in the definition (a WARNING from the validator, an ERROR for the loader and the constructor). */
  | 'UNRESOLVED_PLACEHOLDER'
  /** Ours: AWS answers an over-size definition with a ValidationException, not a diagnostic (1 MB quota, §5.3). */
  | 'DEFINITION_TOO_LARGE'
  | 'INVALID_JSON_PATH'
  | 'INVALID_INTRINSIC_FUNCTION';

/** Builds a JSON pointer from path segments, escaping `~` and `/` per RFC 6901. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  if (segments.length === 0) return '/';
  let out = '';
  for (const segment of segments) out += `/${escapePointerSegment(String(segment))}`;
  return out;
}

/** One line per diagnostic, the way AWS's InvalidDefinition message lists them. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.code}: ${d.message} at ${d.location}`;
}

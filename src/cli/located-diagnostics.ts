import type { Diagnostic } from '../asl/diagnostics.js';
import type { LoadedDefinition } from '../asl/load/load-definition-file.js';

/** A diagnostic with the file position its JSON pointer maps to. */
export interface LocatedDiagnostic extends Diagnostic {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
}

export function locateDiagnostic(loaded: LoadedDefinition, d: Diagnostic): LocatedDiagnostic {
  const at = loaded.locate(d.location);
  return { ...d, file: loaded.file, line: at?.line ?? null, column: at?.column ?? null };
}

/** Compiler style, one per line: `file:line:col: error CODE message (at /pointer)`. */
export function formatLocatedDiagnostic(d: LocatedDiagnostic, machine: string | null = null): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.severity.toLowerCase()} ${d.code} ${d.message} (at ${d.location})${machine === null ? '' : ` [${machine}]`}`;
}

export function formatLocatedDiagnostics(loaded: LoadedDefinition, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  ${formatLocatedDiagnostic(locateDiagnostic(loaded, d))}`).join('\n');
}

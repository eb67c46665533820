import type { Diagnostic } from '../asl/diagnostics.js';
import type { LoadedDefinition } from '../asl/load/load-definition-file.js';
import { locateDiagnostic, type LocatedDiagnostic } from '../engine/validate-definition-file.js';

/** Compiler style, one per line: `file:line:col: error CODE message (at /pointer)`. */
export function formatLocatedDiagnostic(d: LocatedDiagnostic, machine: string | null = null): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.severity.toLowerCase()} ${d.code} ${d.message} (at ${d.location})${machine === null ? '' : ` [${machine}]`}`;
}

export function formatLocatedDiagnostics(loaded: LoadedDefinition, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  ${formatLocatedDiagnostic(locateDiagnostic(loaded, d))}`).join('\n');
}

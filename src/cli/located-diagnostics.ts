import type { Diagnostic } from '../asl/diagnostics.js';
import type { LoadedDefinition } from '../asl/load/load-definition-file.js';
import { locateDiagnostic, type LocatedDiagnostic } from '../engine/validate-definition-file.js';

/** `file:line:col`, or the file alone when the place in it is unknown. */
export function filePlace(file: string, line: number | null, column: number | null): string {
  return line === null ? file : `${file}:${line}:${column ?? 1}`;
}

/** Compiler style, one per line: `file:line:col: error CODE message (at /pointer)`. */
export function formatLocatedDiagnostic(d: LocatedDiagnostic, machine: string | null = null): string {
  return `${filePlace(d.file, d.line, d.column)}: ${d.severity.toLowerCase()} ${d.code} ${d.message} (at ${d.location})${machine === null ? '' : ` [${machine}]`}`;
}

export function formatLocatedDiagnostics(loaded: LoadedDefinition, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  ${formatLocatedDiagnostic(locateDiagnostic(loaded, d))}`).join('\n');
}

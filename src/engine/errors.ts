import { formatDiagnostic, type Diagnostic } from '../asl/diagnostics.js';

export { StatesError, StatesErrorName } from '../asl/states-error.js';

/** The definition cannot run: AWS's CreateStateMachine would reject it. Holds every problem found. */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      `Invalid state machine definition (${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}):\n` +
        diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
    );
  }
}

/** The library was called in a way it cannot honour (bad option, bad input value). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

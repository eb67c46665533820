/** Why a definition file could not be loaded. */
export type LoadErrorCode =
  'UNREADABLE_FILE' | 'PARSE_ERROR' | 'UNSUPPORTED_SOURCE' | 'NO_STATE_MACHINE' | 'MACHINE_NOT_FOUND' | 'AMBIGUOUS_MACHINE';

/**
 * A file that cannot give a state machine definition: unreadable, unparsable, holding none or
 * several (without a choice), or keeping its definition where sfn-sim cannot reach it (S3).
 *
 * @example
 * ```ts
 * try {
 *   await loadDefinitionFile('template.yaml');
 * } catch (error) {
 *   if (error instanceof LoadError && error.code === 'AMBIGUOUS_MACHINE') console.error(error.message);
 * }
 * ```
 */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  /** 1-based position of a parse error, when known. */
  readonly line?: number;
  readonly column?: number;

  constructor(
    readonly code: LoadErrorCode,
    readonly file: string,
    message: string,
    position?: { readonly line: number; readonly column: number },
  ) {
    super(message);
    if (position !== undefined) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}

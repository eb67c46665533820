import { readFileSync } from 'node:fs';
import type { Json } from '../asl/json.js';
import { LoadError } from '../asl/load/load-error.js';
import { DefinitionError, UsageError } from '../engine/errors.js';

/** Reads a file for the CLI, turning a missing or unreadable file into a UsageError. */
export function readUserFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} '${path}'${code === 'ENOENT' ? ': no such file' : `: ${(e as Error).message}`}`);
  }
}

/** Parses JSON the user gave (`--input`, a mocks file), naming what was not JSON. */
export function parseUserJson(text: string, what: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Exit code 2 and a one-line message, never a stack trace, for a user mistake: a bad argument or
 * file, an invalid definition or mock file. Anything else is a bug of ours and is rethrown.
 * @param helpCommand what the message tells the user to run, e.g. `sfn-sim cost --help`
 */
export function exitForUserError(e: unknown, helpCommand: string): number {
  if (e instanceof DefinitionError) {
    process.stderr.write(`sfn-sim: ${e.message}\n`);
    return 2;
  }
  const usage =
    e instanceof UsageError ||
    e instanceof LoadError ||
    (e instanceof Error && (e.name === 'MockConfigError' || ('code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))));
  if (!usage) throw e;
  process.stderr.write(`sfn-sim: ${(e as Error).message}\nRun '${helpCommand}' for usage.\n`);
  return 2;
}

import { afterEach, beforeEach, vi } from 'vitest';

/** What the CLI wrote to stdout and stderr during the current test. */
export interface CapturedOutput {
  readonly out: string;
  readonly err: string;
  /** Forgets what was written so far (between two commands in one test). */
  clear(): void;
}

/**
 * Captures `process.stdout.write` and `process.stderr.write` for every test of the calling file,
 * so that `main([...])` can be called in-process and its output asserted.
 */
export function captureCliOutput(): CapturedOutput {
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return {
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    clear() {
      out = '';
      err = '';
    },
  };
}

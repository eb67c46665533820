import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `scripts/conformance/`). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the shared material lives, and whether its conformance corpus is there. */
export interface SharedLocation {
  /** The shared folder: `$SFN_SIM_SHARED`, else `<repo>/../shared`. */
  readonly sharedDir: string;
  /** `<shared>/conformance`. */
  readonly conformanceDir: string;
  /** `<shared>/conformance/cases` exists and `compare.mjs` sits next to it. */
  readonly found: boolean;
}

/**
 * Finds the shared folder. The environment variable `SFN_SIM_SHARED` overrides the default
 * `../shared` (relative to the repository root, not to the working directory).
 */
export function locateShared(env: NodeJS.ProcessEnv = process.env): SharedLocation {
  const fromEnv = env['SFN_SIM_SHARED'];
  const sharedDir = fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(repoRoot, '..', 'shared');
  const conformanceDir = join(sharedDir, 'conformance');
  const found = existsSync(join(conformanceDir, 'cases')) && existsSync(join(conformanceDir, 'compare.mjs'));
  return { sharedDir, conformanceDir, found };
}

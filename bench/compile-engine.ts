// The bench measures sfn-sim as users run it: compiled JavaScript. Loaded through tsx instead, every
// function expression gets esbuild's keepNames wrapper (`__name(fn, "...")`, an
// Object.defineProperty per closure created), which roughly doubled the time per Pass state.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../scripts/conformance/shared-dir.js';

/** Where the bench's compiled copy of `src/` goes (inside the repo, so `node_modules` resolves). */
export const BENCH_BUILD_DIR: string = join(repoRoot, 'node_modules', '.cache', 'sfn-sim-bench');

export type EngineBuild =
  { readonly ok: true; readonly moduleUrl: string; readonly warning: string | null } | { readonly ok: false; readonly reason: string };

/**
 * Compiles `src/` with `tsconfig.build.json` into {@link BENCH_BUILD_DIR} (fresh each time) and
 * returns the URL of its `src/index.js`. Type errors do not stop the emit; they become a warning.
 */
export function compileEngine(): EngineBuild {
  rmSync(BENCH_BUILD_DIR, { recursive: true, force: true });
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [
    tsc,
    '-p',
    join(repoRoot, 'tsconfig.build.json'),
    '--outDir',
    BENCH_BUILD_DIR,
    '--declaration',
    'false',
    '--sourceMap',
    'false',
  ];
  const res = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  const entry = join(BENCH_BUILD_DIR, 'src', 'index.js');
  if (!existsSync(entry)) {
    const detail = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim().split('\n')[0] ?? '';
    return { ok: false, reason: `tsc did not emit src/index.js${detail === '' ? '' : `: ${detail}`}` };
  }
  const errors = (res.stdout ?? '').split('\n').filter((l) => l.includes('error TS')).length;
  return {
    ok: true,
    moduleUrl: pathToFileURL(entry).href,
    warning: res.status === 0 ? null : `tsc reported ${errors} type error(s); benchmarking what it emitted`,
  };
}

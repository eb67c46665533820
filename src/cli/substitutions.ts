import { UsageError } from '../engine/errors.js';

/**
 * Parses repeated `--sub Name=value` arguments. The name is everything before the first `=`, so
 * values may hold `=` (URLs with query strings, base64).
 * @throws UsageError naming the argument that has no `=` or an empty name.
 */
export function parseSubstitutions(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`--sub takes Name=value (e.g. --sub OrderTable=orders-dev); got '${arg}'`);
    out[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return out;
}

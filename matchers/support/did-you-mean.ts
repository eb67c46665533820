/**
 * ` Did you mean "ChargeCard"?` for a name that matched nothing, chosen among the names the execution
 * did use (the definition itself is not part of the result). Empty when nothing is close.
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  for (const candidate of new Set(candidates)) {
    if (candidate === wanted) continue;
    const d = candidate.toLowerCase() === wanted.toLowerCase() ? 0 : distance(wanted, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` Did you mean ${JSON.stringify(best)}?`;
}

/** Levenshtein distance, two rows. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

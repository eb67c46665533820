/** The 18 intrinsic functions AWS implements (ASL-REFERENCE §2.4), in the order the docs list them. */
export const INTRINSIC_NAMES = [
  'States.Format',
  'States.StringToJson',
  'States.JsonToString',
  'States.Array',
  'States.ArrayPartition',
  'States.ArrayContains',
  'States.ArrayRange',
  'States.ArrayGetItem',
  'States.ArrayLength',
  'States.ArrayUnique',
  'States.Base64Encode',
  'States.Base64Decode',
  'States.Hash',
  'States.JsonMerge',
  'States.MathRandom',
  'States.MathAdd',
  'States.StringSplit',
  'States.UUID',
] as const;

export type IntrinsicName = (typeof INTRINSIC_NAMES)[number];

const known: ReadonlySet<string> = new Set(INTRINSIC_NAMES);

export function isIntrinsicName(name: string): name is IntrinsicName {
  return known.has(name);
}

/** The closest known name, for "did you mean" hints: same letters ignoring case, or at most 2 edits away. */
export function suggestIntrinsicName(name: string): IntrinsicName | undefined {
  const lower = name.toLowerCase();
  let best: IntrinsicName | undefined;
  let bestDistance = 3;
  for (const candidate of INTRINSIC_NAMES) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * `${Name}` in a string value: a CloudFormation `DefinitionSubstitutions` or Terraform `templatefile`
 * variable that was never substituted. AWS would receive the text literally, so a definition that
 * still holds one is a template, not something to run.
 */
const PLACEHOLDER = /\$\{([^{}]*)\}/g;

/** The placeholder names a string holds (`Name` for `${Name}`), in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  if (!text.includes('${')) return [];
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  return [...names];
}

/** True when `value` is a string holding at least one complete `${...}` placeholder. */
export function hasPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${') && placeholdersIn(value).length > 0;
}

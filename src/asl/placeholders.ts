import { mayHoldPlaceholder, tokenizePlaceholders } from './load/placeholder-syntax.js';

/*
 * `${Name}` in a string value: a CloudFormation `DefinitionSubstitutions` or Terraform `templatefile`
 * variable that was never substituted. AWS would receive the text literally, so a definition that
 * still holds one is a template, not something to run. The grammar is the loader's, so the
 * validator and the loader agree on what a placeholder is (nested `${a.${b}}`, `${!Escape}`).
 */

/** The placeholder names a string holds (`Name` for `${Name}`), in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  if (!mayHoldPlaceholder(text)) return [];
  const names = new Set<string>();
  for (const token of tokenizePlaceholders(text)) if (token.kind === 'placeholder') names.add(token.name);
  return [...names];
}

/** True when `value` is a string holding at least one complete `${...}` placeholder. */
export function hasPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && placeholdersIn(value).length > 0;
}

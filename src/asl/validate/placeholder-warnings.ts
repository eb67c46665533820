import { pointer, type Diagnostic } from '../diagnostics.js';
import { placeholdersIn } from '../placeholders.js';

/**
 * One UNRESOLVED_PLACEHOLDER warning per string value that still holds `${Name}` (CloudFormation
 * DefinitionSubstitutions, Terraform templatefile). The value is otherwise taken as valid, so the
 * user sees one message about it, with the fix. Iterative: definitions may be deep.
 */
export function placeholderWarnings(definition: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: { value: unknown; at: string[] }[] = [{ value: definition, at: [] }];
  while (stack.length > 0) {
    const { value, at } = stack.pop() as { value: unknown; at: string[] };
    if (typeof value === 'string') {
      const names = placeholdersIn(value);
      if (names.length > 0) out.push(warning(names, pointer(...at)));
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], at: [...at, String(i)] });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push({ value: (value as Record<string, unknown>)[key], at: [...at, key] });
      }
    }
  }
  return out;
}

function warning(names: string[], location: string): Diagnostic {
  const list = names.map((n) => `\${${n}}`).join(', ');
  const first = names[0] as string;
  return {
    severity: 'WARNING',
    code: 'UNRESOLVED_PLACEHOLDER',
    message:
      `Unresolved placeholder ${list}: this is a template variable (CloudFormation DefinitionSubstitutions or Terraform templatefile), ` +
      `not a value; substitute it, e.g. with the \`substitutions\` option or \`--sub ${first}=value\``,
    location,
  };
}

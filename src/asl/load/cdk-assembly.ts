import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LoadError } from './load-error.js';

/**
 * The synthesized templates of a CDK cloud assembly (`cdk.out`): its `*.template.json` files, and
 * those of nested stage assemblies (`assembly-*` folders), in name order.
 */
export async function assemblyTemplates(dir: string): Promise<string[]> {
  const templates: string[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.template.json')) templates.push(join(folder, entry.name));
      else if (entry.isDirectory() && depth < 2 && entry.name.startsWith('assembly-')) await visit(join(folder, entry.name), depth + 1);
    }
  };
  try {
    await visit(dir, 0);
  } catch (error) {
    throw new LoadError(
      'UNREADABLE_FILE',
      dir,
      `${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  if (templates.length === 0) {
    throw new LoadError(
      'UNSUPPORTED_SOURCE',
      dir,
      `${dir} is a folder without *.template.json files: pass a definition file, a template, or a CDK cdk.out folder`,
    );
  }
  return templates;
}

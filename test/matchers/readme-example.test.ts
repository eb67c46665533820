/**
 * The README's "Testing with vitest" section shows code and text that must stay true: the example suite
 * is the file that runs (with the package's import names), and the failure text is what the matcher prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failureOf, rejected } from './executions.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Testing with vitest'));

/** The section's fenced code blocks in a language (`''` for plain ones), in order. */
function blocks(language: string): string[] {
  const found: string[] = [];
  let open: { language: string; lines: string[] } | undefined;
  for (const line of section.split('\n')) {
    if (open === undefined && line.startsWith('```')) open = { language: line.slice(3), lines: [] };
    else if (open !== undefined && line === '```') {
      if (open.language === language) found.push(`${open.lines.join('\n')}\n`);
      open = undefined;
    } else open?.lines.push(line);
  }
  return found;
}

describe('README: Testing with vitest', () => {
  it('shows the example suite exactly as it runs in npm test, importing sfn-sim and sfn-sim/vitest', () => {
    const suite = readFileSync(new URL('refund-request.example.test.ts', import.meta.url), 'utf8')
      .replace("from '../../src/index.js'", "from 'sfn-sim'")
      .replace("import '../../matchers/index.js';", "import 'sfn-sim/vitest';");
    expect(blocks('ts').find((b) => b.includes("describe('refund requests'"))).toBe(suite);
  });

  it('shows the failure text toHaveTakenPath prints', async () => {
    const happyPath = ['ValidateOrder', 'ReserveStock', 'ChargeCard', 'WaitForWarehouseWindow', 'ShipAndNotify', 'OrderComplete'];
    const execution = await rejected();
    const shown = blocks('').find((b) => b.startsWith('expect(execution).toHaveTakenPath(expected)'));
    expect(shown).toBe(`${failureOf(() => expect(execution).toHaveTakenPath(happyPath))}\n`);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('src/asl/load', () => {
  it('imports nothing from the engine, the query layer or the CLI (dependencies point inward)', () => {
    const dir = 'src/asl/load';
    const offences = readdirSync(dir).flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)]
        .map((m) => m[1] ?? '')
        .filter((target) => /\/(engine|query|cli)\//.test(target))
        .map((target) => `${name} imports ${target}`),
    );
    expect(offences).toEqual([]);
  });
});

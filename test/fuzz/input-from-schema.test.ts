import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputFromSchema } from '../../src/fuzz/index.js';

describe('inputFromSchema', () => {
  it('generates only values the schema accepts', () => {
    const schema = {
      type: 'object',
      required: ['id', 'kind', 'items'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: '^o-', minLength: 3, maxLength: 6 },
        kind: { enum: ['retail', 'wholesale'] },
        version: { const: 2 },
        total: { type: 'number', minimum: 0, exclusiveMaximum: 100 },
        items: { type: 'array', minItems: 1, maxItems: 3, items: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }] } },
      },
    };
    const values = fc.sample(inputFromSchema(schema), { numRuns: 50, seed: 2 });
    for (const v of values) {
      const o = v as { id: string; kind: string; items: unknown[]; total?: number };
      expect(o.id).toMatch(/^o-/);
      expect(['retail', 'wholesale']).toContain(o.kind);
      expect(o.items.length).toBeGreaterThanOrEqual(1);
      expect(o.items.length).toBeLessThanOrEqual(3);
    }
  });

  it('shrinks toward small values', () => {
    const details = fc.check(
      fc.property(
        inputFromSchema({ type: 'object', required: ['n'], properties: { n: { type: 'integer', minimum: 0, maximum: 1000 } } }),
        (v) => {
          return (v as { n: number }).n < 10;
        },
      ),
      { seed: 1 },
    );
    expect(details.counterexample).toEqual([{ n: 10 }]);
  });

  it('refuses a schema ajv cannot compile, saying so', () => {
    expect(() => inputFromSchema({ type: 'nonsense' })).toThrow(/the JSON Schema does not compile/);
  });
});

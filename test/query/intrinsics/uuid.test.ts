import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/clock/random.js';
import { evaluate } from './support.js';

describe('States.UUID', () => {
  it('returns a version-4 UUID', () => {
    expect(evaluate('States.UUID()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('takes it from the run seed, so a replay gives the same UUID', () => {
    expect(evaluate('States.UUID()', {}, { random: createRandom(9) })).toBe(createRandom(9).uuid());
    expect(evaluate('States.Array(States.UUID(), States.UUID())', {}, { random: createRandom(9) })).toEqual(
      (() => {
        const r = createRandom(9);
        return [r.uuid(), r.uuid()];
      })(),
    );
  });
});

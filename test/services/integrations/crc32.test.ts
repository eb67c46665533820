import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/services/integrations/crc32.js';

describe('crc32', () => {
  it('computes the IEEE CRC-32 DynamoDB sends', () => {
    expect(crc32('{}')).toBe(2745614147);
    expect(crc32('123456789')).toBe(0xcbf43926);
  });
});

import { describe, expect, it } from 'vitest';
import { httpDate, sdkMetadata, type HeaderList } from '../../../src/services/integrations/index.js';

describe('SDK metadata', () => {
  it('formats the Date header as an RFC 7231 date', () => {
    expect(httpDate(Date.UTC(2025, 10, 6, 12, 35, 53, 999))).toBe('Thu, 06 Nov 2025 12:35:53 GMT');
  });

  it('lists headers as arrays in arrival order and as strings sorted case-insensitively', () => {
    const headers: HeaderList = [
      ['x-b', '1'],
      ['A', '2'],
      ['c', '3'],
    ];
    const metadata = sdkMetadata(headers, 200, 'id');
    expect(metadata).toEqual({
      SdkHttpMetadata: {
        AllHttpHeaders: { 'x-b': ['1'], A: ['2'], c: ['3'] },
        HttpHeaders: { A: '2', c: '3', 'x-b': '1' },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: 'id' },
    });
    expect(Object.keys(metadata.SdkHttpMetadata['AllHttpHeaders'] as object)).toEqual(['x-b', 'A', 'c']);
    expect(Object.keys(metadata.SdkHttpMetadata['HttpHeaders'] as object)).toEqual(['A', 'c', 'x-b']);
  });
});

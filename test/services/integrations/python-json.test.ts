import { describe, expect, it } from 'vitest';
import { pythonJsonText } from '../../../src/services/integrations/index.js';

describe('pythonJsonText', () => {
  // the Lambda Python runtime's json.dumps: recorded Content-Length 16 for {"foo":"foo-1"}, 23 for {"body":"string body"}
  it("writes Python's default separators and ASCII escapes", () => {
    expect(pythonJsonText({ foo: 'foo-1' })).toBe('{"foo": "foo-1"}');
    expect(pythonJsonText({ body: 'string body' })).toHaveLength(23);
    expect(pythonJsonText(['é', '😀', '\u007f', 'a"b\n'])).toBe('["\\u00e9", "\\ud83d\\ude00", "\\u007f", "a\\"b\\n"]');
    expect(pythonJsonText([1, 2.5, true, null, {}])).toBe('[1, 2.5, true, null, {}]');
  });
});

/**
 * Numbers in ASL fields, as AWS's Java validator reads them: Jackson coerces a numeric string into an
 * integer or number field ("300" is 300), so `"Seconds": "300"`, which CloudFormation produces when it
 * substitutes into a quoted value, is accepted and used as 300 (docs/decisions.md).
 */
const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a field value stands for: a JSON number, or a numeric string; else `undefined`. */
export function numericValue(value: unknown, integer = false): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!(integer ? INTEGER_TEXT : NUMBER_TEXT).test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

import { pointer, type Diagnostic } from '../diagnostics.js';
import { hasPlaceholder } from '../placeholders.js';
import type { BlockRef, StateRef } from './model.js';

const NAME_LIMIT = 80;
const LABEL_LIMIT = 40;
/** Characters a Map Label may not hold (ASL-REFERENCE §5.3): whitespace, brackets, wildcards, punctuation, controls. */
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

/** State names are 1–80 characters and unique across the whole machine, nested blocks included (§1.1). */
export function checkStateNames(blocks: readonly BlockRef[], out: Diagnostic[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const name of block.names.keys()) {
      const location = pointer(...block.at, 'States', name);
      if (seen.has(name)) out.push({ severity: 'ERROR', code: 'DUPLICATE_STATE_NAME', message: `Duplicate State name: ${name}`, location });
      seen.add(name);
      if (name.length === 0 || [...name].length > NAME_LIMIT) {
        out.push({
          severity: 'ERROR',
          code: 'INVALID_STATE_NAME',
          message: `State names must be 1 to ${NAME_LIMIT} characters long: "${name.slice(0, 40)}…"`,
          location,
        });
      }
    }
  }
}

/** A Map `Label` becomes part of the Map Run ARN: at most 40 characters, none of the forbidden ones (§1.10). */
export function checkLabel(s: StateRef, out: Diagnostic[]): void {
  const label = s.state['Label'];
  if (s.type !== 'Map' || typeof label !== 'string' || hasPlaceholder(label)) return;
  const location = pointer(...s.at, 'Label');
  if ([...label].length > LABEL_LIMIT) {
    out.push({ severity: 'ERROR', code: 'INVALID_LABEL_NAME', message: `Label cannot exceed ${LABEL_LIMIT} characters`, location });
    return;
  }
  const bad = LABEL_FORBIDDEN.exec(label);
  if (bad !== null) {
    out.push({
      severity: 'ERROR',
      code: 'INVALID_LABEL_NAME',
      message: `Label contains invalid character: ${JSON.stringify(bad[0])}`,
      location,
    });
  }
}

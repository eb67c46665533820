import { offsetText } from './text.js';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const TRACE_ID = /\b1-[0-9a-f]{8}-[0-9a-f]{24}\b/g;
const ARN_SCOPE = /\barn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:/g;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})/g;
const HTTP_DATE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT\b/g;
const BASE64 = /^[A-Za-z0-9+/]{40,}={0,2}$/;
/** sfn-sim's task tokens: base64 of two UUIDs (AWS's are opaque too; only the key tells them apart). */
const SIM_TOKEN = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const TOKEN_KEYS = new Set(['TaskToken', 'taskToken', 'Token']);
/** SDK response metadata sfn-sim adds to integration results: fixed-shape noise in a snapshot. */
const OMITTED_KEYS = new Set(['SdkHttpMetadata', 'SdkResponseMetadata']);

/**
 * Stable, readable stand-ins for the values that change with options or seeds but say nothing about the
 * workflow: ARN regions and accounts (`arn:aws:lambda:<region>:<account>:function:charge`), UUIDs
 * (`<uuid-1>`, the same value always getting the same number), X-Ray trace ids, task tokens, and
 * timestamps inside the run (`<t+00:00:02.000>`, virtual time from the start).
 */
export class Placeholders {
  private readonly numbers = new Map<string, Map<string, number>>();

  constructor(
    private readonly startMs: number,
    private readonly stopMs: number,
  ) {}

  /** A JSON value with every string replaced, and SDK metadata objects left out. */
  value(value: unknown, key?: string): unknown {
    if (typeof value === 'string') return key !== undefined && TOKEN_KEYS.has(key) ? this.numbered('token', value) : this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = OMITTED_KEYS.has(k) ? '<omitted>' : this.value(v, k);
      return out;
    }
    return value;
  }

  /** A string with every stand-in applied. */
  text(text: string): string {
    if (BASE64.test(text) && SIM_TOKEN.test(atob(text))) return this.numbered('token', text);
    return text
      .replace(ARN_SCOPE, (_m, partition: string, service: string, region: string, account: string | undefined) => {
        return `arn:${partition}:${service}:${region === '' ? '' : '<region>'}:${account === undefined ? '' : '<account>'}:`;
      })
      .replace(TRACE_ID, (m) => this.numbered('trace', m))
      .replace(UUID, (m) => this.numbered('uuid', m.toLowerCase()))
      .replace(ISO_TIME, (m) => this.time(m, Date.parse(m)))
      .replace(HTTP_DATE, (m) => this.time(m, Date.parse(m), 1000));
  }

  private time(original: string, ms: number, precision = 1): string {
    // only the run's own clock is replaced: a date in the user's data stays as written
    if (!Number.isFinite(ms) || ms < Math.floor(this.startMs / precision) * precision || ms > this.stopMs) return original;
    return `<t${offsetText(ms - this.startMs)}>`;
  }

  private numbered(kind: string, value: string): string {
    let table = this.numbers.get(kind);
    if (table === undefined) this.numbers.set(kind, (table = new Map()));
    let n = table.get(value);
    if (n === undefined) table.set(value, (n = table.size + 1));
    return `<${kind}-${n}>`;
  }
}

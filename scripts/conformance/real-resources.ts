/**
 * The corpus normalised every ARN (`arn:<partition>:lambda:<region>:…:function:<lambda_function_name>`),
 * which AWS would reject as a Task Resource (INVALID_RESOURCE). Before a case runs or is validated,
 * each Task Resource gets its tokens back in a real form: `<partition>` → `aws`, `<region>` →
 * `us-east-1`, any other `<name>` → `name`. The judge still matches, since an expected `<token>`
 * matches any text. Returns the renamed definition and the map old → new Resource (to re-key mocks).
 */
export function withRealResourceArns(definition: unknown): { definition: unknown; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const copy = structuredClone(definition);
  const visit = (states: unknown): void => {
    if (typeof states !== 'object' || states === null) return;
    for (const state of Object.values(states as Record<string, unknown>)) {
      if (typeof state !== 'object' || state === null) continue;
      const s = state as Record<string, unknown>;
      const resource = s['Resource'];
      if (s['Type'] === 'Task' && typeof resource === 'string' && resource.includes('<')) {
        const real = realArn(resource);
        renamed.set(resource, real);
        s['Resource'] = real;
      }
      for (const branch of Array.isArray(s['Branches']) ? (s['Branches'] as unknown[]) : [])
        visit((branch as { States?: unknown } | null)?.States);
      for (const key of ['ItemProcessor', 'Iterator']) visit((s[key] as { States?: unknown } | undefined)?.States);
    }
  };
  visit((copy as { States?: unknown } | null)?.States);
  return { definition: copy, renamed };
}

function realArn(resource: string): string {
  return resource
    .replace(/<partition>/g, 'aws')
    .replace(/<region>/g, 'us-east-1')
    .replace(/<([^<>]*)>/g, (_, name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_'));
}

/** Mocks keyed by a renamed Resource follow it. */
export function rekeyMocks<T>(mocks: Record<string, T> | undefined, renamed: ReadonlyMap<string, string>): Record<string, T> | undefined {
  if (mocks === undefined || renamed.size === 0) return mocks;
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(mocks)) out[renamed.get(key) ?? key] = value;
  return out;
}

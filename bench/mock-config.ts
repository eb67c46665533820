// The part of the AWS Step Functions Local MockConfigFile format the bench needs: a test case maps
// state names to mocked responses; a mocked response maps invocation indexes ("0", "1-2") to a
// Return or a Throw. Translated to an engine-neutral outcome per invocation of the Task.

/** What one invocation of a mocked Task does. */
export type MockOutcome =
  { readonly kind: 'return'; readonly value: unknown } | { readonly kind: 'throw'; readonly error: string; readonly cause: string };

/** The outcome of invocation `n` (0-based, counted per execution). */
export type MockResponder = (invocation: number) => MockOutcome;

interface MockedResponseEntry {
  readonly Return?: unknown;
  readonly Throw?: { readonly Error?: string; readonly Cause?: string };
}

interface MockConfigFile {
  readonly StateMachines?: Record<string, { readonly TestCases?: Record<string, Record<string, string>> }>;
  readonly MockedResponses?: Record<string, Record<string, MockedResponseEntry>>;
}

/** Turns one entry of `MockedResponses` into a responder. */
export function responderFor(name: string, entries: Record<string, MockedResponseEntry>): MockResponder {
  const ranges = Object.entries(entries).map(([key, entry]) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(key);
    if (m === null)
      throw new Error(`mocked response ${name}: key ${JSON.stringify(key)} is not an invocation index or range like "0" or "1-2"`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return { from, to, outcome: toOutcome(name, key, entry) };
  });
  return (invocation) => {
    const hit = ranges.find((r) => invocation >= r.from && invocation <= r.to);
    if (hit === undefined) throw new Error(`mocked response ${name} has no entry for invocation ${invocation}`);
    return hit.outcome;
  };
}

function toOutcome(name: string, key: string, entry: MockedResponseEntry): MockOutcome {
  if (entry.Throw !== undefined) {
    return { kind: 'throw', error: entry.Throw.Error ?? 'States.TaskFailed', cause: entry.Throw.Cause ?? '' };
  }
  if ('Return' in entry) return { kind: 'return', value: entry.Return };
  throw new Error(`mocked response ${name}["${key}"] has neither Return nor Throw`);
}

/** The responders of one test case, keyed by Task state name. */
export function taskMocksForTestCase(file: unknown, testCase: string): Record<string, MockResponder> {
  const config = file as MockConfigFile;
  const machines = Object.values(config.StateMachines ?? {});
  const mapping = machines.map((m) => m.TestCases?.[testCase]).find((tc) => tc !== undefined);
  if (mapping === undefined) throw new Error(`mock file has no test case ${JSON.stringify(testCase)}`);
  const out: Record<string, MockResponder> = {};
  for (const [stateName, responseName] of Object.entries(mapping)) {
    const entries = config.MockedResponses?.[responseName];
    if (entries === undefined) throw new Error(`test case ${testCase}: state ${stateName} uses unknown mocked response ${responseName}`);
    out[stateName] = responderFor(responseName, entries);
  }
  return out;
}

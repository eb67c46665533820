// Walks AWS's recorded executions (../shared/conformance, read at test time, never copied) and checks
// that the shapes sfn-sim builds have the recorded key sets, in the recorded order, at every level.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type Json, type JsonObject } from '../../../src/asl/json.js';
import { serviceError, shapeServiceResult, shapeSubmittedResult } from '../../../src/services/integrations/index.js';
import { parseTaskResource } from '../../../src/services/resource.js';
import { context } from './helpers.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const casesDir = join(process.env['SFN_SIM_SHARED'] || resolve(repoRoot, '..', 'shared'), 'conformance', 'cases');
const found = existsSync(casesDir);

interface HistoryEvent {
  readonly type: string;
  readonly [details: string]: Json;
}

/** A Task event with the parameters of the TaskScheduled before it. */
interface RecordedTask {
  readonly file: string;
  readonly type: string;
  readonly resourceType: string;
  readonly resource: string;
  readonly parameters: Json;
  readonly details: JsonObject;
}

function recordedTasks(): RecordedTask[] {
  const out: RecordedTask[] = [];
  for (const folder of readdirSync(casesDir)) {
    for (const name of readdirSync(join(casesDir, folder))) {
      const file = `${folder}/${name}`;
      const record = JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as { expected?: { history?: HistoryEvent[] | null } };
      const scheduled = new Map<string, Json>();
      for (const event of record.expected?.history ?? []) {
        const details = Object.entries(event).find(([key]) => key.endsWith('EventDetails'))?.[1];
        if (!isJsonObject(details) || typeof details['resourceType'] !== 'string' || typeof details['resource'] !== 'string') continue;
        const key = `${details['resourceType']}:${details['resource']}`;
        if (event.type === 'TaskScheduled') scheduled.set(key, details['parameters'] ?? null);
        else
          out.push({
            file,
            type: event.type,
            resourceType: details['resourceType'],
            resource: details['resource'],
            parameters: scheduled.get(key) ?? {},
            details,
          });
      }
    }
  }
  return out;
}

/**
 * Differences in shape between what we built and what AWS recorded: object keys (and their order),
 * array lengths, value types. A recorded string where we have an array of strings is a normalised
 * header (`"Date": "date"`), so it matches. Header maps are compared as case-insensitive key sets:
 * one DynamoDB answer of Nov 2025 (DYNAMODB_PUT_GET_ITEM getItem) came from a front end that writes
 * `x-amzn-requestid` second; every other recording has the order sfn-sim uses (pinned in
 * optimized-results.test.ts).
 */
function shapeDifferences(actual: Json | undefined, recorded: Json, path = '$'): string[] {
  if (isJsonObject(recorded)) {
    if (!isJsonObject(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    if (/HttpHeaders$/.test(path)) return headerDifferences(actual, recorded, path);
    const [ak, rk] = [Object.keys(actual), Object.keys(recorded)];
    if (ak.join() !== rk.join()) return [`${path}: keys ${JSON.stringify(ak)}, recorded ${JSON.stringify(rk)}`];
    return rk.flatMap((key) => shapeDifferences(actual[key], recorded[key] as Json, `${path}.${key}`));
  }
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual) || actual.length !== recorded.length)
      return [`${path}: expected ${recorded.length} items, got ${JSON.stringify(actual)}`];
    return recorded.flatMap((item, i) => shapeDifferences(actual[i], item, `${path}[${i}]`));
  }
  if (typeof recorded === 'string' && Array.isArray(actual) && actual.every((v) => typeof v === 'string')) return [];
  const [at, rt] = [actual === null ? 'null' : typeof actual, recorded === null ? 'null' : typeof recorded];
  return at === rt ? [] : [`${path}: ${at} where AWS recorded ${rt}`];
}

function headerDifferences(actual: JsonObject, recorded: JsonObject, path: string): string[] {
  const lower = (o: JsonObject) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const [a, r] = [lower(actual), lower(recorded)];
  const [ak, rk] = [[...a.keys()].sort(), [...r.keys()].sort()];
  if (ak.join() !== rk.join()) return [`${path}: headers ${JSON.stringify(ak)}, recorded ${JSON.stringify(rk)}`];
  return rk.flatMap((key) => shapeDifferences(a.get(key), r.get(key) as Json, `${path}.${key}`));
}

const METADATA = ['SdkHttpMetadata', 'SdkResponseMetadata'];
const withoutMetadata = (output: JsonObject): JsonObject =>
  Object.fromEntries(Object.entries(output).filter(([key]) => !METADATA.includes(key)));
const httpHeaders = (output: Json): JsonObject => ((output as JsonObject)['SdkHttpMetadata'] as JsonObject)['HttpHeaders'] as JsonObject;
/** Normalised uuids back into real-length ones, so lengths of bodies that carry them can be compared. */
const realUuids = (value: Json): Json =>
  JSON.parse(JSON.stringify(value).replace(/<uuid:\d+>/g, '00000000-0000-4000-8000-000000000000')) as Json;

const suite = found ? describe : describe.skip;
const title = found ? 'recorded AWS shapes (../shared/conformance)' : '../shared/conformance not found: recorded-shape checks skipped';

suite(title, () => {
  const tasks = found ? recordedTasks() : [];
  const lambdaInvokes = tasks.filter((t) => t.type === 'TaskSucceeded' && t.resourceType === 'lambda' && t.resource === 'invoke');

  it('finds the recorded lambda:invoke results', () => {
    expect(lambdaInvokes.length).toBeGreaterThan(10);
  });

  // ASL-REFERENCE §6.2; every recorded TaskSucceeded of arn:aws:states:::lambda:invoke
  it('builds every recorded lambda:invoke result with the same keys at every level', () => {
    const problems = lambdaInvokes.flatMap((t) => {
      const output = t.details['output'] as JsonObject;
      const built = shapeServiceResult(
        parseTaskResource('arn:aws:states:::lambda:invoke'),
        t.parameters,
        output['Payload'] as Json,
        context(t.file),
      );
      return shapeDifferences(built, output).map((p) => `${t.file}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  // The recorded functions are Python. Skipped: numbers (the function may have written "0.0", which a
  // JSON value cannot carry) and payloads holding normalised placeholders (`<lambda_function_name>`).
  it('matches the recorded Content-Length of every other lambda:invoke payload', () => {
    const problems = lambdaInvokes.flatMap((t) => {
      const output = t.details['output'] as JsonObject;
      if (typeof output['Payload'] === 'number' || /<[^>]+>/.test(JSON.stringify(output['Payload']))) return [];
      const built = shapeServiceResult(
        parseTaskResource('arn:aws:states:::lambda:invoke'),
        t.parameters,
        output['Payload'] as Json,
        context(t.file),
      );
      const [ours, theirs] = [httpHeaders(built)['Content-Length'], httpHeaders(output)['Content-Length']];
      return ours === theirs ? [] : [`${t.file}: Content-Length ${String(ours)}, recorded ${String(theirs)}`];
    });
    expect(problems).toEqual([]);
  });

  // ASL-REFERENCE §6.5, §6.6: request/response results and the TaskSubmitted output of callback/.sync tasks
  it('builds every recorded optimized sqs/sns/dynamodb/events/states result with the same keys', () => {
    const relevant = tasks.filter(
      (t) =>
        ['sqs', 'sns', 'dynamodb', 'events', 'states'].includes(t.resourceType) &&
        ((t.type === 'TaskSucceeded' && !t.resource.includes('.')) || t.type === 'TaskSubmitted'),
    );
    expect(relevant.length).toBeGreaterThan(20);
    const problems = relevant.flatMap((t) => {
      const output = t.details['output'] as JsonObject;
      const returned = withoutMetadata(output);
      // a mock gives StartDate as a number; the recording normalised it to text
      if ('StartDate' in returned) returned['StartDate'] = 1_700_000_000_000;
      const resource = parseTaskResource(`arn:aws:states:::${t.resourceType}:${t.resource}`);
      const built =
        t.type === 'TaskSubmitted'
          ? shapeSubmittedResult(resource, t.parameters, returned, context(t.file))
          : shapeServiceResult(resource, t.parameters, returned, context(t.file));
      const recorded = 'StartDate' in output ? { ...output, StartDate: 0 } : output;
      return shapeDifferences(built, recorded).map((p) => `${t.file} ${t.type} ${t.resourceType}:${t.resource}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  // Bodies with real values (DynamoDB items, SNS message ids) give the recorded Content-Length
  it('matches the recorded Content-Length of DynamoDB and SNS answers', () => {
    const relevant = tasks.filter(
      (t) =>
        ['sns', 'dynamodb'].includes(t.resourceType) &&
        (t.type === 'TaskSucceeded' || t.type === 'TaskSubmitted') &&
        !t.resource.includes('.'),
    );
    const problems = relevant.flatMap((t) => {
      const output = t.details['output'] as JsonObject;
      const resource = parseTaskResource(`arn:aws:states:::${t.resourceType}:${t.resource}`);
      const built = shapeServiceResult(resource, t.parameters, realUuids(withoutMetadata(output)), context(t.file));
      const [ours, theirs] = [httpHeaders(built)['Content-Length'], httpHeaders(output)['Content-Length']];
      return ours === theirs ? [] : [`${t.file} ${t.resource}: Content-Length ${String(ours)}, recorded ${String(theirs)}`];
    });
    expect(relevant.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  // ASL-REFERENCE §6.4: every recorded optimized service failure carries its Error Code, so it can be rebuilt
  it('rebuilds every recorded SDK v1 service error name and cause', () => {
    const failures = tasks.filter(
      (t) => t.type === 'TaskFailed' && typeof t.details['cause'] === 'string' && t.details['cause'].includes('; Proxy: null)'),
    );
    expect(failures.length).toBeGreaterThan(3);
    const problems = failures.flatMap((t) => {
      const cause = t.details['cause'] as string;
      const m = /^(.*) \(Service: [^;]+; Status Code: (\d+); Error Code: ([^;]+); Request ID: [^;]+; Proxy: null\)$/s.exec(cause);
      if (m === null) return [`${t.file}: unexpected cause ${cause}`];
      const resource = parseTaskResource(`arn:aws:states:::${t.resourceType}:${t.resource}`);
      const built = serviceError(resource, { message: m[1] as string, statusCode: Number(m[2]), code: m[3] as string }, context(t.file));
      const normalised = (built.causeText ?? '').replace(/Request ID: [^;]+;/, 'Request ID: <request_id>;');
      const problems: string[] = [];
      if (built.error !== t.details['error'])
        problems.push(`${t.file}: error ${String(built.error)}, recorded ${String(t.details['error'])}`);
      if (normalised !== cause) problems.push(`${t.file}: cause ${normalised}, recorded ${cause}`);
      return problems;
    });
    expect(problems).toEqual([]);
  });
});

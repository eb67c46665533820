import { isJsonObject, type Json } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import { commandClass, loadSdkPackage, sdkPackageName, type SdkPackage } from './aws-sdk/sdk-packages.js';
import { optimizedInput, parseJsonText, sdkOutputToJson } from './aws-sdk/sdk-values.js';
import {
  integrationTarget,
  lambdaFunctionError,
  optimizedNames,
  sdkV2Prefix,
  serviceError,
  type IntegrationContext,
  type IntegrationTarget,
  type RaisedLambdaError,
  type RaisedServiceError,
} from './integrations/index.js';
import type { TaskAnswer } from './mocks/task-mock.js';
import type { TaskResource } from './resource.js';

export { AwsSdkPackageMissingError, OPTIMIZED_PACKAGE_NAMES, SDK_PACKAGE_NAMES, sdkPackageName } from './aws-sdk/sdk-packages.js';

/** Where the bridge gets its AWS SDK v3 clients. */
export interface AwsSdkBridgeOptions {
  /**
   * Client instances to use, by service id ('dynamodb', 's3', 'sqs', ...); others are created on demand
   * from @aws-sdk/client-<id> with { region }. An optimized integration also finds its client under the
   * package's id (`sfn` for `states`, `eventbridge` for `events`, `bedrock-runtime` for `bedrock`).
   * @defaultValue `{}`: every client is created by the bridge
   */
  readonly clients?: Readonly<Record<string, unknown>>;
  /** The region of the clients the bridge creates (a bare Lambda function ARN's own region wins). */
  readonly region: string;
}

/** What the bridge needs of a client: the v3 `send`. */
interface SdkClient {
  send(command: unknown): Promise<unknown>;
}

/**
 * Calls the AWS SDK v3 client behind a Task resource, so `aws-sdk-client-mock` setups (or real AWS)
 * drive a workflow. `undefined` when the resource is not one SDK call: `.sync`/`.waitForTaskToken`
 * tasks, activities, `apigateway:invoke`, `http:invoke`, `eks:call`/`eks:runJob`.
 *
 * - The command is `new <Action>Command(parameters)` from the service's package (`getItem` →
 *   `GetItemCommand` in `@aws-sdk/client-dynamodb`), imported lazily: the SDK packages are optional
 *   peer dependencies. A missing package rejects with {@link AwsSdkPackageMissingError}, which names
 *   the `npm install -D` to run.
 * - A result is `{ kind: 'result', wrap: true }`, so sfn-sim adds the integration's metadata: the
 *   output without `$metadata`, blobs as strings, dates as ISO text (`aws-sdk:*`) or epoch ms (optimized).
 * - `lambda:invoke` and bare function ARNs call `InvokeCommand` with the JSON-encoded payload; the result
 *   is the function's decoded return value, and a `FunctionError` fails the task with the function's
 *   `errorType` (ASL-REFERENCE §6.3).
 * - An SDK exception becomes AWS's task error (`DynamoDb.ConditionalCheckFailedException` through
 *   `aws-sdk:dynamodb`, `DynamoDB.…` through `dynamodb:*`, §6.4); an error raised before any response
 *   (no credentials, network) becomes `<Prefix>.SdkClientException`.
 * @example
 * const ddb = mockClient(DynamoDBClient);
 * ddb.on(GetItemCommand, { TableName: 't' }).resolves({ Item: { id: { S: '1' } } });
 * await callAwsSdk(parseTaskResource('arn:aws:states:::aws-sdk:dynamodb:getItem'), { TableName: 't', Key: { id: { S: '1' } } }, { region: 'us-east-1' }, ctx);
 * // { kind: 'result', value: { Item: { id: { S: '1' } } }, wrap: true, afterSeconds: 0 }
 */
export function callAwsSdk(
  resource: TaskResource,
  parameters: Json,
  options: AwsSdkBridgeOptions,
  ctx: IntegrationContext,
): Promise<TaskAnswer> | undefined {
  const target = integrationTarget(resource);
  if (target.pattern !== 'request-response') return undefined;
  const packageName = sdkPackageName(target);
  if (packageName === undefined) return undefined;
  return call(resource, target, packageName, parameters, options, ctx);
}

async function call(
  resource: TaskResource,
  target: IntegrationTarget,
  packageName: string,
  parameters: Json,
  options: AwsSdkBridgeOptions,
  ctx: IntegrationContext,
): Promise<TaskAnswer> {
  const pkg = await loadSdkPackage(packageName, resource.arn);
  const lambda =
    target.family === 'lambda-function' || (target.family === 'optimized' && target.service === 'lambda' && target.action === 'invoke');
  const action = lambda ? 'invoke' : target.action;
  const Command = commandClass(pkg, action);
  if (Command === undefined) {
    throw new Error(
      `${packageName} has no command for action "${action}" (looked for ${action.charAt(0).toUpperCase()}${action.slice(1)}Command) in Resource ${resource.arn}; ` +
        `check the action name: AWS writes it as the API operation in camelCase, e.g. getItem`,
    );
  }
  // the SDK's middleware may add members to its input; the state's parameters stay untouched
  const input = lambda
    ? lambdaInput(resource, parameters)
    : structuredClone(target.family === 'optimized' ? optimizedInput(target, parameters) : parameters);
  const client = clientFor(pkg, target, resource, options);
  let output: unknown;
  try {
    output = await client.send(new Command(input));
  } catch (e) {
    return { kind: 'error', error: sdkFailure(resource, target, e, ctx), afterSeconds: 0 };
  }
  if (lambda) return lambdaAnswer(resource, output, ctx);
  let value = await sdkOutputToJson(output, target.family === 'aws-sdk' ? 'iso' : 'epoch-ms');
  // AWS: optimized bedrock:invokeModel hands the model's JSON body over parsed
  if (target.family === 'optimized' && target.service === 'bedrock' && isJsonObject(value) && typeof value['Body'] === 'string') {
    value = { ...value, Body: parseJsonText(value['Body']) };
  }
  return { kind: 'result', value, wrap: true, afterSeconds: 0 };
}

const created = new WeakMap<AwsSdkBridgeOptions, Map<string, SdkClient>>();

function clientFor(pkg: SdkPackage, target: IntegrationTarget, resource: TaskResource, options: AwsSdkBridgeOptions): SdkClient {
  const packageId = pkg.name.slice('@aws-sdk/client-'.length);
  for (const id of new Set([target.service, packageId])) {
    const given = options.clients?.[id];
    if (given === undefined) continue;
    if (typeof (given as Partial<SdkClient> | null)?.send !== 'function') {
      throw new Error(
        `options.clients.${id} must be an AWS SDK v3 client (an object with send()), e.g. new ${clientName(pkg)}({ region: '${options.region}' })`,
      );
    }
    return given as SdkClient;
  }
  // a bare function ARN names its region: arn:aws:lambda:<region>:<account>:function:<name>
  const region = (resource.kind === 'lambda-function' ? resource.arn.split(':')[3] : undefined) || options.region;
  let clients = created.get(options);
  if (clients === undefined) created.set(options, (clients = new Map()));
  const key = `${pkg.name} ${region}`;
  let client = clients.get(key);
  if (client === undefined) clients.set(key, (client = new pkg.Client({ region }) as SdkClient));
  return client;
}

function clientName(pkg: SdkPackage): string {
  return Object.keys(pkg.exports).find((k) => pkg.exports[k] === pkg.Client) ?? 'Client';
}

/** Invoke's input: the function's input (bare ARN) or `Payload` (lambda:invoke) as JSON bytes; omitted or null is `null`. */
function lambdaInput(resource: TaskResource, parameters: Json): Json | Record<string, unknown> {
  const encode = (value: Json | undefined): Uint8Array => new TextEncoder().encode(JSON.stringify(value ?? null));
  if (resource.kind === 'lambda-function') return { FunctionName: resource.arn, Payload: encode(parameters) };
  if (!isJsonObject(parameters)) return parameters;
  return { ...structuredClone(parameters), Payload: encode(parameters['Payload']) };
}

/** The function's return value, or its error when Invoke reports a `FunctionError` (ASL-REFERENCE §6.2, §6.3). */
async function lambdaAnswer(resource: TaskResource, output: unknown, ctx: IntegrationContext): Promise<TaskAnswer> {
  const response = (output ?? {}) as { FunctionError?: unknown; Payload?: unknown };
  const payload = await sdkOutputToJson(response.Payload, 'iso');
  // a mock may give the payload as bytes (the SDK's type), as JSON text, or already as a value
  const value = typeof response.Payload === 'string' || isBytes(response.Payload) ? parseJsonText(payload as string) : payload;
  if (typeof response.FunctionError !== 'string' || response.FunctionError === '')
    return { kind: 'result', value, wrap: true, afterSeconds: 0 };
  return { kind: 'error', error: lambdaFunctionError(resource, raisedLambdaError(value), ctx), afterSeconds: 0 };
}

function isBytes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return value instanceof Uint8Array || typeof (value as { transformToByteArray?: unknown }).transformToByteArray === 'function';
}

function raisedLambdaError(payload: Json): RaisedLambdaError {
  if (!isJsonObject(payload))
    return payload === null ? {} : { errorMessage: typeof payload === 'string' ? payload : JSON.stringify(payload) };
  const raised: { errorType?: string; errorMessage?: string; stackTrace?: string[] } = {};
  const { errorType, errorMessage, stackTrace } = payload;
  if (typeof errorType === 'string') raised.errorType = errorType;
  if (typeof errorMessage === 'string') raised.errorMessage = errorMessage;
  if (Array.isArray(stackTrace)) raised.stackTrace = stackTrace.map((line) => (typeof line === 'string' ? line : JSON.stringify(line)));
  return raised;
}

/** Host and SDK errors raised before the service answered; AWS reports these as `<Prefix>.SdkClientException`. */
const CLIENT_SIDE = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'CredentialsProviderError',
  'TimeoutError',
  'AbortError',
  'NetworkingError',
]);

/** The task error for what `send` threw (ASL-REFERENCE §6.4). */
function sdkFailure(resource: TaskResource, target: IntegrationTarget, thrown: unknown, ctx: IntegrationContext): StatesError {
  const e = (typeof thrown === 'object' && thrown !== null ? thrown : { message: String(thrown) }) as {
    name?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: unknown };
    $fault?: unknown;
  };
  const name = typeof e.name === 'string' && e.name !== '' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : '';
  const answered = e.$metadata !== undefined || e.$fault !== undefined;
  if (!answered && CLIENT_SIDE.has(name)) {
    const prefix = target.family === 'aws-sdk' ? sdkV2Prefix(target.service) : optimizedNames(target.service).prefix;
    return new StatesError(`${prefix}.SdkClientException`, message);
  }
  const status = e.$metadata?.httpStatusCode;
  const raised: RaisedServiceError = typeof status === 'number' ? { code: name, message, statusCode: status } : { code: name, message };
  return serviceError(resource, raised, ctx);
}

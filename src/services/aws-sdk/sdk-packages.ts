import type { IntegrationTarget } from '../integrations/index.js';

/**
 * Service ids whose AWS SDK for JavaScript v3 package is not `@aws-sdk/client-<id>`. Keys are the ids
 * `arn:aws:states:::aws-sdk:<id>:<action>` uses (the Java SDK v2 client names, lower case, ASL-REFERENCE §6.4).
 */
export const SDK_PACKAGE_NAMES: Readonly<Record<string, string>> = {
  acmpca: 'acm-pca',
  applicationautoscaling: 'application-auto-scaling',
  autoscaling: 'auto-scaling',
  bedrockagent: 'bedrock-agent',
  bedrockagentruntime: 'bedrock-agent-runtime',
  bedrockruntime: 'bedrock-runtime',
  cloudwatchlogs: 'cloudwatch-logs',
  cognitoidentityprovider: 'cognito-identity-provider',
  costexplorer: 'cost-explorer',
  databasemigration: 'database-migration-service',
  dynamodbstreams: 'dynamodb-streams',
  elasticloadbalancingv2: 'elastic-load-balancing-v2',
  emrcontainers: 'emr-containers',
  emrserverless: 'emr-serverless',
  iotdata: 'iot-data-plane',
  kinesisanalyticsv2: 'kinesis-analytics-v2',
  lexruntimev2: 'lex-runtime-v2',
  rdsdata: 'rds-data',
  redshiftdata: 'redshift-data',
  resourcegroupstaggingapi: 'resource-groups-tagging-api',
  servicequotas: 'service-quotas',
  timestreamquery: 'timestream-query',
  timestreamwrite: 'timestream-write',
};

/**
 * Optimized integrations (`arn:aws:states:::<id>:<action>`) whose package differs from `client-<id>`;
 * the others (`dynamodb`, `sqs`, `sns`, `lambda`, `s3`, `ecs`, `batch`, `glue`, `athena`, …) use the default.
 */
export const OPTIMIZED_PACKAGE_NAMES: Readonly<Record<string, string>> = {
  states: 'sfn',
  events: 'eventbridge',
  bedrock: 'bedrock-runtime',
  elasticmapreduce: 'emr',
};

/**
 * Optimized integrations that are not one SDK call: API Gateway and HTTP Tasks send an HTTP request,
 * `eks:call` talks to the cluster's Kubernetes API, `eks:runJob` runs a job and waits.
 */
const NOT_SDK_CALLS = new Set(['apigateway:invoke', 'http:invoke', 'eks:call', 'eks:runJob']);

/**
 * The npm package of the client a Task target calls, or `undefined` when the target is not one SDK call.
 * @example
 * sdkPackageName({ family: 'optimized', service: 'states', action: 'startExecution', pattern: 'request-response' })
 * // '@aws-sdk/client-sfn'
 */
export function sdkPackageName(target: IntegrationTarget): string | undefined {
  if (target.family === 'activity') return undefined;
  if (target.family === 'lambda-function') return '@aws-sdk/client-lambda';
  if (target.family === 'optimized' && NOT_SDK_CALLS.has(`${target.service}:${target.action}`)) return undefined;
  const table = target.family === 'optimized' ? OPTIMIZED_PACKAGE_NAMES : SDK_PACKAGE_NAMES;
  return `@aws-sdk/client-${table[target.service] ?? target.service}`;
}

/** A client class and its commands, found in one loaded package. */
export interface SdkPackage {
  readonly name: string;
  /** `DynamoDBClient`: the one export ending in `Client` that is not the smithy base `__Client`. */
  readonly Client: new (config: { region: string }) => unknown;
  readonly exports: Readonly<Record<string, unknown>>;
}

/** A package not installed: the message says which one to install. */
export class AwsSdkPackageMissingError extends Error {
  override readonly name = 'AwsSdkPackageMissingError';
  constructor(
    readonly packageName: string,
    resourceArn: string,
    options?: ErrorOptions,
  ) {
    super(
      `sfn-sim needs ${packageName} to call ${resourceArn} through the AWS SDK, and it is not installed. ` +
        `Install it next to sfn-sim: npm install -D ${packageName}`,
      options,
    );
  }
}

const loaded = new Map<string, Promise<SdkPackage>>();

/**
 * Imports a client package once (a dynamic import: the SDK is an optional peer dependency, never
 * bundled) and finds its client class.
 */
export function loadSdkPackage(packageName: string, resourceArn: string): Promise<SdkPackage> {
  let pending = loaded.get(packageName);
  if (pending === undefined) {
    pending = importPackage(packageName, resourceArn);
    loaded.set(packageName, pending);
    // a failed import is not cached: the user may install the package and try again in the same process
    pending.catch(() => loaded.delete(packageName));
  }
  return pending;
}

async function importPackage(packageName: string, resourceArn: string): Promise<SdkPackage> {
  let exports: Record<string, unknown>;
  try {
    exports = (await import(packageName)) as Record<string, unknown>;
  } catch (e) {
    if (isMissing(e, packageName)) throw new AwsSdkPackageMissingError(packageName, resourceArn, { cause: e });
    throw e;
  }
  const names = Object.keys(exports).filter((k) => /^[A-Z][A-Za-z0-9]*Client$/.test(k) && typeof exports[k] === 'function');
  // prefer `DynamoDBClient` whose aggregated sibling `DynamoDB` is also exported
  const name = names.find((k) => k.slice(0, -'Client'.length) in exports) ?? names[0];
  if (name === undefined)
    throw new Error(`${packageName} exports no client class (an export named <Service>Client); is it an AWS SDK v3 client package?`);
  return { name: packageName, Client: exports[name] as SdkPackage['Client'], exports };
}

function isMissing(error: unknown, packageName: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const mentioned = error.message.includes(`'${packageName}'`) || error.message.includes(`"${packageName}"`);
  return (
    mentioned &&
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /cannot find|failed to (load|resolve)/i.test(error.message))
  );
}

/**
 * The command class for a camelCase action: `getItem` → `GetItemCommand`. AWS's action names are the
 * API operation in camelCase, so the PascalCase form is exact; a case-insensitive match covers
 * operations whose acronyms are cased differently in the SDK.
 */
export function commandClass(pkg: SdkPackage, action: string): (new (input: unknown) => unknown) | undefined {
  const exact = pkg.exports[`${action.charAt(0).toUpperCase()}${action.slice(1)}Command`];
  if (typeof exact === 'function') return exact as new (input: unknown) => unknown;
  const wanted = `${action}Command`.toLowerCase();
  const key = Object.keys(pkg.exports).find((k) => k.toLowerCase() === wanted && typeof pkg.exports[k] === 'function');
  return key === undefined ? undefined : (pkg.exports[key] as new (input: unknown) => unknown);
}

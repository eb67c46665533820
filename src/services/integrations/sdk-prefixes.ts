/**
 * How Step Functions names a service in error names and causes (ASL-REFERENCE §6.4).
 *
 * Optimized integrations go through Step Functions' own AWS SDK for Java v1 clients: the error prefix
 * is the integration's short name (`DynamoDB`, `SQS`, `StepFunctions`) and causes carry the v1
 * service name (`AmazonDynamoDBv2`, `AWSStepFunctions`). `aws-sdk:*` integrations use the Java SDK v2
 * client name as the prefix (`DynamoDb`, `Sfn`, `SecretsManager`), which is also the cause's service.
 */
export interface OptimizedServiceNames {
  /** The error-name prefix: `DynamoDB` in `DynamoDB.ConditionalCheckFailedException`. */
  readonly prefix: string;
  /** The SDK v1 service name in causes: `AmazonDynamoDBv2`. */
  readonly serviceName: string;
  /** The SDK v1 base exception for codes the client does not model: `AmazonDynamoDBException`. */
  readonly baseException: string;
}

/** Optimized integrations by resource service id (recorded: dynamodb, sns, states, lambda; others from the SDK v1 client names). */
export const OPTIMIZED_SERVICES: Readonly<Record<string, OptimizedServiceNames>> = {
  lambda: { prefix: 'Lambda', serviceName: 'AWSLambda', baseException: 'AWSLambdaException' },
  dynamodb: { prefix: 'DynamoDB', serviceName: 'AmazonDynamoDBv2', baseException: 'AmazonDynamoDBException' },
  sqs: { prefix: 'SQS', serviceName: 'AmazonSQS', baseException: 'AmazonSQSException' },
  sns: { prefix: 'SNS', serviceName: 'AmazonSNS', baseException: 'AmazonSNSException' },
  states: { prefix: 'StepFunctions', serviceName: 'AWSStepFunctions', baseException: 'AWSStepFunctionsException' },
  events: { prefix: 'EventBridge', serviceName: 'AmazonEventBridge', baseException: 'AmazonEventBridgeException' },
  s3: { prefix: 'S3', serviceName: 'Amazon S3', baseException: 'AmazonS3Exception' },
  ecs: { prefix: 'ECS', serviceName: 'AmazonECS', baseException: 'AmazonECSException' },
  batch: { prefix: 'Batch', serviceName: 'AWSBatch', baseException: 'AWSBatchException' },
  glue: { prefix: 'Glue', serviceName: 'AWSGlue', baseException: 'AWSGlueException' },
  athena: { prefix: 'Athena', serviceName: 'AmazonAthena', baseException: 'AmazonAthenaException' },
  codebuild: { prefix: 'CodeBuild', serviceName: 'AWSCodeBuild', baseException: 'AWSCodeBuildException' },
  sagemaker: { prefix: 'SageMaker', serviceName: 'AmazonSageMaker', baseException: 'AmazonSageMakerException' },
  eks: { prefix: 'EKS', serviceName: 'AmazonEKS', baseException: 'AmazonEKSException' },
  elasticmapreduce: { prefix: 'EMR', serviceName: 'AmazonElasticMapReduce', baseException: 'AmazonElasticMapReduceException' },
  'emr-containers': { prefix: 'EMRContainers', serviceName: 'AmazonEMRContainers', baseException: 'AmazonEMRContainersException' },
  'emr-serverless': { prefix: 'EMRServerless', serviceName: 'AWSEMRServerless', baseException: 'AWSEMRServerlessException' },
  bedrock: { prefix: 'Bedrock', serviceName: 'AmazonBedrockRuntime', baseException: 'AmazonBedrockRuntimeException' },
  apigateway: { prefix: 'ApiGateway', serviceName: 'AmazonApiGateway', baseException: 'AmazonApiGatewayException' },
  databrew: { prefix: 'DataBrew', serviceName: 'AWSGlueDataBrew', baseException: 'AWSGlueDataBrewException' },
  mediaconvert: { prefix: 'MediaConvert', serviceName: 'AWSMediaConvert', baseException: 'AWSMediaConvertException' },
};

/**
 * The `aws-sdk` exception prefix table: the reference's list (§6.4) plus the commonly used services,
 * keyed by the service id in `arn:aws:states:::aws-sdk:<id>:<action>`.
 */
export const SDK_V2_PREFIXES: Readonly<Record<string, string>> = {
  acm: 'Acm',
  acmpca: 'AcmPca',
  apigateway: 'ApiGateway',
  apigatewaymanagementapi: 'ApiGatewayManagementApi',
  apigatewayv2: 'ApiGatewayV2',
  appconfig: 'AppConfig',
  appsync: 'AppSync',
  athena: 'Athena',
  autoscaling: 'AutoScaling',
  backup: 'Backup',
  batch: 'Batch',
  bedrock: 'Bedrock',
  bedrockagent: 'BedrockAgent',
  bedrockagentruntime: 'BedrockAgentRuntime',
  bedrockruntime: 'BedrockRuntime',
  cloudformation: 'CloudFormation',
  cloudfront: 'CloudFront',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  cloudwatchlogs: 'CloudWatchLogs',
  codebuild: 'CodeBuild',
  codecommit: 'CodeCommit',
  codedeploy: 'CodeDeploy',
  codepipeline: 'CodePipeline',
  cognitoidentityprovider: 'CognitoIdentityProvider',
  comprehend: 'Comprehend',
  costexplorer: 'CostExplorer',
  databasemigration: 'DatabaseMigration',
  datasync: 'DataSync',
  dynamodb: 'DynamoDb',
  dynamodbstreams: 'DynamoDbStreams',
  ec2: 'Ec2',
  ecr: 'Ecr',
  ecs: 'Ecs',
  efs: 'Efs',
  eks: 'Eks',
  elasticache: 'ElastiCache',
  elasticloadbalancingv2: 'ElasticLoadBalancingV2',
  emr: 'Emr',
  emrcontainers: 'EmrContainers',
  emrserverless: 'EmrServerless',
  eventbridge: 'EventBridge',
  firehose: 'Firehose',
  glue: 'Glue',
  iam: 'Iam',
  iot: 'Iot',
  kafka: 'Kafka',
  kinesis: 'Kinesis',
  kms: 'Kms',
  lambda: 'Lambda',
  mediaconvert: 'MediaConvert',
  opensearch: 'OpenSearch',
  organizations: 'Organizations',
  pipes: 'Pipes',
  polly: 'Polly',
  rds: 'Rds',
  rdsdata: 'RdsData',
  redshift: 'Redshift',
  redshiftdata: 'RedshiftData',
  rekognition: 'Rekognition',
  route53: 'Route53',
  s3: 'S3',
  s3control: 'S3Control',
  sagemaker: 'SageMaker',
  scheduler: 'Scheduler',
  secretsmanager: 'SecretsManager',
  ses: 'Ses',
  sesv2: 'SesV2',
  sfn: 'Sfn',
  sns: 'Sns',
  sqs: 'Sqs',
  ssm: 'Ssm',
  sts: 'Sts',
  textract: 'Textract',
  transcribe: 'Transcribe',
  translate: 'Translate',
  wafv2: 'Wafv2',
  xray: 'XRay',
};

/**
 * The `aws-sdk` prefix for a service id: from the table, else the id in PascalCase (`pricing` →
 * `Pricing`, `service-quotas` → `ServiceQuotas`).
 * @example
 * sdkV2Prefix('dynamodb') // 'DynamoDb'
 */
export function sdkV2Prefix(service: string): string {
  return SDK_V2_PREFIXES[service] ?? pascalCase(service);
}

/** The names for an optimized integration's service; an unknown service gets `<Pascal>` / `Amazon<Pascal>`. */
export function optimizedNames(service: string): OptimizedServiceNames {
  const known = OPTIMIZED_SERVICES[service];
  if (known !== undefined) return known;
  const prefix = pascalCase(service);
  return { prefix, serviceName: `Amazon${prefix}`, baseException: `Amazon${prefix}Exception` };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

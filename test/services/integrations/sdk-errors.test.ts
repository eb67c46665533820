import { describe, expect, it } from 'vitest';
import { sdkV2Prefix, serviceError, withExceptionSuffix } from '../../../src/services/integrations/index.js';
import { parseTaskResource } from '../../../src/services/resource.js';
import { context } from './helpers.js';

const resource = (arn: string) => parseTaskResource(`arn:aws:states:::${arn}`);
/** Request ids are random; the recordings write them as placeholders. */
const normalise = (cause: string | null) =>
  (cause ?? '')
    .replace(/Request ID: [^,;)]+/, 'Request ID: <request_id>')
    .replace(/Extended Request ID: [^,;)]+/, 'Extended Request ID: <extended_request_id>');

describe('optimized integrations: SDK v1 names and causes', () => {
  // AWS (recorded: error_handling/task_service_dynamodb.test_invalid_param)
  it('gives DynamoDB validation errors the base exception', () => {
    const message = "1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null";
    const error = serviceError(resource('dynamodb:putItem'), { code: 'ValidationException', message }, context());
    expect(error.error).toBe('DynamoDB.AmazonDynamoDBException');
    expect(normalise(error.causeText)).toBe(
      `${message} (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ValidationException; Request ID: <request_id>; Proxy: null)`,
    );
  });

  it('uses DynamoDB-style request ids (52 base32hex characters)', () => {
    const error = serviceError(
      resource('dynamodb:putItem'),
      { code: 'ConditionalCheckFailedException', message: 'The conditional request failed' },
      context(),
    );
    expect(error.error).toBe('DynamoDB.ConditionalCheckFailedException');
    expect(error.causeText).toMatch(/Request ID: [0-9A-V]{52}; Proxy: null\)$/);
  });

  // AWS (recorded: error_handling/task_service_sfn.test_start_execution_no_such_arn)
  it('names Step Functions errors StepFunctions.<Code>Exception', () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:missing';
    const error = serviceError(
      resource('states:startExecution.sync'),
      { code: 'StateMachineDoesNotExist', message: `State Machine Does Not Exist: '${arn}'` },
      context(),
    );
    expect(error.error).toBe('StepFunctions.StateMachineDoesNotExistException');
    expect(normalise(error.causeText)).toBe(
      `State Machine Does Not Exist: '${arn}' (Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: <request_id>; Proxy: null)`,
    );
  });

  // AWS (recorded: services/sns_task_service.test_publish_base_error_topic_arn and test_fifo_message_attribute)
  it('names SNS errors SNS.<Code>Exception with their status', () => {
    const notFound = serviceError(resource('sns:publish'), { code: 'NotFound', message: 'Topic does not exist' }, context());
    expect(notFound.error).toBe('SNS.NotFoundException');
    expect(normalise(notFound.causeText)).toBe(
      'Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: <request_id>; Proxy: null)',
    );
    const fifo = serviceError(
      resource('sns:publish'),
      { code: 'InvalidParameter', message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics' },
      context(),
    );
    expect(fifo.error).toBe('SNS.InvalidParameterException');
  });

  // AWS (recorded: error_handling/task_service_lambda.test_no_such_function; ASL-REFERENCE §6.3)
  it('names Lambda service errors Lambda.<Code> with AWSLambda causes', () => {
    const message = 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:$LATEST';
    const error = serviceError(resource('lambda:invoke'), { code: 'ResourceNotFoundException', message }, context());
    expect(error.error).toBe('Lambda.ResourceNotFoundException');
    expect(normalise(error.causeText)).toBe(
      `${message} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: <request_id>; Proxy: null)`,
    );
    expect(
      serviceError(resource('lambda:invoke'), { code: 'TooManyRequestsException', message: 'Rate exceeded' }, context()).causeText,
    ).toContain('Status Code: 429;');
  });

  // ASL-REFERENCE §6.4: SQS.AmazonSQSException for generic errors
  it('maps SQS errors, legacy query codes included', () => {
    expect(
      serviceError(resource('sqs:sendMessage'), { code: 'AWS.SimpleQueueService.NonExistentQueue', message: 'x' }, context()).error,
    ).toBe('SQS.QueueDoesNotExistException');
    expect(serviceError(resource('sqs:sendMessage'), { code: 'AccessDeniedException', message: 'x' }, context()).error).toBe(
      'SQS.AmazonSQSException',
    );
  });

  it('honours an explicit status code', () => {
    expect(
      serviceError(resource('dynamodb:getItem'), { code: 'InternalServerError', message: 'x', statusCode: 503 }, context()).causeText,
    ).toContain('Status Code: 503;');
  });

  it('treats a bare Lambda ARN like lambda:invoke', () => {
    const error = serviceError(
      parseTaskResource('arn:aws:lambda:us-east-1:123456789012:function:f'),
      { code: 'ServiceException', message: 'x' },
      context(),
    );
    expect(error.error).toBe('Lambda.ServiceException');
    expect(error.causeText).toContain('(Service: AWSLambda; Status Code: 500; Error Code: ServiceException;');
  });
});

describe('aws-sdk integrations: SDK v2 prefixes and causes', () => {
  // AWS (recorded: error_handling/aws_sdk.test_dynamodb_put_item_no_such_table), with today's attempt-count suffix
  it('uses the DynamoDb prefix (lower-case b)', () => {
    const error = serviceError(
      resource('aws-sdk:dynamodb:putItem'),
      { code: 'ResourceNotFoundException', message: 'Requested resource not found' },
      context(),
    );
    expect(error.error).toBe('DynamoDb.ResourceNotFoundException');
    expect(normalise(error.causeText)).toBe(
      'Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: <request_id>) (SDK Attempt Count: 1)',
    );
  });

  // AWS (recorded: error_handling/aws_sdk.test_dynamodb_invalid_param, test_invalid_secret_name)
  it('gives unmodelled codes the base exception', () => {
    expect(serviceError(resource('aws-sdk:dynamodb:putItem'), { code: 'ValidationException', message: 'x' }, context()).error).toBe(
      'DynamoDb.DynamoDbException',
    );
    const secret = serviceError(
      resource('aws-sdk:secretsmanager:createSecret'),
      { code: 'ValidationException', message: 'Invalid name.' },
      context(),
    );
    expect(secret.error).toBe('SecretsManager.SecretsManagerException');
    expect(normalise(secret.causeText)).toBe(
      'Invalid name. (Service: SecretsManager, Status Code: 400, Request ID: <request_id>) (SDK Attempt Count: 1)',
    );
  });

  // AWS (recorded: error_handling/aws_sdk.test_s3_no_such_key, test_no_such_bucket)
  it('appends Exception to S3 codes and adds the Extended Request ID', () => {
    const error = serviceError(
      resource('aws-sdk:s3:getObject'),
      { code: 'NoSuchKey', message: 'The specified key does not exist.' },
      context(),
    );
    expect(error.error).toBe('S3.NoSuchKeyException');
    expect(normalise(error.causeText)).toBe(
      'The specified key does not exist. (Service: S3, Status Code: 404, Request ID: <request_id>, Extended Request ID: <extended_request_id>) (SDK Attempt Count: 1)',
    );
    expect(error.causeText).toMatch(/Request ID: [0-9A-Z]{16}, Extended Request ID: [A-Za-z0-9+/]{74}[A-Za-z0-9+/=]{2}\)/);
    expect(
      serviceError(resource('aws-sdk:s3:listObjects'), { code: 'NoSuchBucket', message: 'The specified bucket does not exist' }, context())
        .error,
    ).toBe('S3.NoSuchBucketException');
    expect(serviceError(resource('aws-sdk:s3:getObject'), { code: 'AccessDenied', message: 'Access Denied' }, context()).error).toBe(
      'S3.S3Exception',
    );
  });

  // AWS (recorded: services/aws_sdk_task_service.test_sfn_send_task_outcome_with_no_such_token, Nov 2025)
  it('uses the Sfn prefix', () => {
    const error = serviceError(
      resource('aws-sdk:sfn:sendTaskFailure'),
      { code: 'InvalidToken', message: "Invalid Token: 'Invalid token'" },
      context(),
    );
    expect(error.error).toBe('Sfn.InvalidTokenException');
    expect(normalise(error.causeText)).toBe(
      "Invalid Token: 'Invalid token' (Service: Sfn, Status Code: 400, Request ID: <request_id>) (SDK Attempt Count: 1)",
    );
  });

  // ASL-REFERENCE §6.4 prefix examples
  it('knows the reference prefixes and PascalCases unknown services', () => {
    const expected: Record<string, string> = {
      s3: 'S3',
      s3control: 'S3Control',
      dynamodb: 'DynamoDb',
      sqs: 'Sqs',
      sns: 'Sns',
      sfn: 'Sfn',
      secretsmanager: 'SecretsManager',
      lambda: 'Lambda',
      ec2: 'Ec2',
      iam: 'Iam',
      sts: 'Sts',
      kms: 'Kms',
      ssm: 'Ssm',
      ecs: 'Ecs',
      eventbridge: 'EventBridge',
      cloudwatchlogs: 'CloudWatchLogs',
      acmpca: 'AcmPca',
      apigateway: 'ApiGateway',
      athena: 'Athena',
      glue: 'Glue',
      pricing: 'Pricing',
      'service-quotas': 'ServiceQuotas',
    };
    for (const [service, prefix] of Object.entries(expected)) expect(sdkV2Prefix(service), service).toBe(prefix);
    expect(
      serviceError(resource('aws-sdk:acmpca:deleteCertificateAuthority'), { code: 'ResourceNotFoundException', message: 'x' }, context())
        .error,
    ).toBe('AcmPca.ResourceNotFoundException');
  });

  it('appends Exception only when the code lacks it', () => {
    expect(withExceptionSuffix('BucketAlreadyExists')).toBe('BucketAlreadyExistsException');
    expect(withExceptionSuffix('ResourceNotFoundException')).toBe('ResourceNotFoundException');
  });
});

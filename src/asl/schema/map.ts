import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import {
  ANY,
  BASE,
  byLanguage,
  errorHandling,
  integer,
  IO_PATHS,
  NULLABLE_PATH,
  number,
  OBJECT,
  OBJECT_OR_JSONATA,
  PATH,
  stateSchema,
  STRING,
  TRANSITION,
} from './common.js';

/** ItemReader (ASL-REFERENCE §1.10, DISTRIBUTED-MAP-AND-TESTSTATE.md). */
function itemReader(lang: QueryLanguage): SchemaObject {
  const readerConfig: SchemaObject = {
    type: 'object',
    additionalProperties: false,
    properties: byLanguage(
      lang,
      {
        InputType: { enum: ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'] },
        CSVHeaderLocation: { enum: ['FIRST_ROW', 'GIVEN'] },
        CSVHeaders: { type: 'array', items: STRING },
        CSVDelimiter: { enum: ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'] },
        MaxItems: integer(0, 100_000_000, lang),
        ManifestType: { enum: ['ATHENA_DATA', 'S3_INVENTORY'] },
        Transformation: { enum: ['NONE', 'LOAD_AND_FLATTEN'] },
        ItemsPointer: STRING,
      },
      { MaxItemsPath: PATH },
      {},
    ),
  };
  return {
    type: 'object',
    required: ['Resource'],
    additionalProperties: false,
    properties: byLanguage(lang, { Resource: STRING, ReaderConfig: readerConfig }, { Parameters: ANY }, { Arguments: OBJECT_OR_JSONATA }),
  };
}

/** ItemBatcher: at most one of each `Max*` pair is a semantic rule. */
function itemBatcher(lang: QueryLanguage): SchemaObject {
  return {
    type: 'object',
    additionalProperties: false,
    properties: byLanguage(
      lang,
      { MaxItemsPerBatch: integer(1, undefined, lang), MaxInputBytesPerBatch: integer(1, 262_144, lang), BatchInput: ANY },
      { MaxItemsPerBatchPath: PATH, MaxInputBytesPerBatchPath: PATH },
      {},
    ),
  };
}

/** ResultWriter: an S3 export and/or a WriterConfig (a WriterConfig alone is allowed). */
function resultWriter(lang: QueryLanguage): SchemaObject {
  return {
    type: 'object',
    additionalProperties: false,
    properties: byLanguage(
      lang,
      {
        Resource: STRING,
        WriterConfig: {
          type: 'object',
          additionalProperties: false,
          properties: { OutputType: { enum: ['JSON', 'JSONL'] }, Transformation: { enum: ['NONE', 'COMPACT', 'FLATTEN'] } },
        },
      },
      { Parameters: ANY },
      { Arguments: OBJECT_OR_JSONATA },
    ),
  };
}

/** Map (§1.10). ItemProcessor/Iterator blocks are checked with the block schema as the walk enters them. */
export function mapSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema(
    [],
    byLanguage(
      lang,
      {
        ...BASE,
        ...TRANSITION,
        ...errorHandling(lang),
        Assign: OBJECT,
        ItemProcessor: OBJECT,
        Iterator: OBJECT,
        ItemSelector: ANY,
        ItemReader: itemReader(lang),
        ItemBatcher: itemBatcher(lang),
        ResultWriter: resultWriter(lang),
        MaxConcurrency: integer(0, undefined, lang),
        ToleratedFailureCount: integer(0, undefined, lang),
        ToleratedFailurePercentage: number(0, 100, lang),
        Label: STRING,
      },
      {
        ...IO_PATHS,
        ItemsPath: NULLABLE_PATH,
        Parameters: ANY,
        ResultSelector: ANY,
        ResultPath: NULLABLE_PATH,
        MaxConcurrencyPath: PATH,
        ToleratedFailureCountPath: PATH,
        ToleratedFailurePercentagePath: PATH,
      },
      { Items: { type: ['array', 'object', 'string'], format: 'jsonata' }, Output: ANY },
    ),
  );
}

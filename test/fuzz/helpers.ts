import { readFileSync } from 'node:fs';
import type { JsonObject } from '../../src/index.js';
import type { JsonSchema } from '../../src/fuzz/index.js';

export const PLANTED = 'fixtures/fuzz-planted-bug';
export const plantedDefinition = JSON.parse(readFileSync(`${PLANTED}/definition.asl.json`, 'utf8')) as JsonObject;
export const plantedSchema = JSON.parse(readFileSync(`${PLANTED}/input.schema.json`, 'utf8')) as JsonSchema;

export const throttled = { outcome: 'throw', error: 'Payments.Throttled' } as const;

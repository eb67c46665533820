import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isJsonObject, type Json, type JsonObject } from '../json.js';
import { intrinsicText, isIntrinsic, jsonEscape, resolveIntrinsics } from './intrinsics.js';
import { LoadError } from './load-error.js';
import { escapePointerSegment } from '../json-pointer.js';
import { parseSource, type SourceDocument } from './source-document.js';
import { type DefinitionSourceKind, type ExtractedDefinition, type MachineCandidate, machineKind } from './state-machine-source.js';
import type { SubstitutionValue } from './substitutions.js';

const STEP_FUNCTIONS = 'AWS::StepFunctions::StateMachine';
const SERVERLESS = 'AWS::Serverless::StateMachine';

/** A CloudFormation, SAM or CDK-synthesized template: it has `Resources`, a format version or a `Transform`. */
export function isTemplate(top: JsonObject): boolean {
  return 'Resources' in top || 'AWSTemplateFormatVersion' in top || 'Transform' in top;
}

/** The state machine resources of a template (`AWS::StepFunctions::StateMachine`, `AWS::Serverless::StateMachine`). */
export function templateMachines(doc: SourceDocument): MachineCandidate[] {
  const top = doc.value as JsonObject;
  const resources = top['Resources'];
  if (!isJsonObject(resources)) return [];
  const sam = transforms(top['Transform']).some((t) => t.startsWith('AWS::Serverless'));
  const candidates: MachineCandidate[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    if (!isJsonObject(resource)) continue;
    const type = resource['Type'];
    if (type !== STEP_FUNCTIONS && type !== SERVERLESS) continue;
    const properties = isJsonObject(resource['Properties']) ? resource['Properties'] : {};
    const metadata = isJsonObject(resource['Metadata']) ? resource['Metadata'] : {};
    const constructPath = typeof metadata['aws:cdk:path'] === 'string' ? metadata['aws:cdk:path'] : undefined;
    const source: DefinitionSourceKind = type === SERVERLESS || sam ? 'sam' : constructPath !== undefined ? 'cdk' : 'cloudformation';
    const serverless = type === SERVERLESS;
    const rawName = properties[serverless ? 'Name' : 'StateMachineName'];
    const name = typeof rawName === 'string' || isIntrinsic(rawName ?? null) ? intrinsicText(rawName ?? null) : undefined;
    const kind = machineKind(properties[serverless ? 'Type' : 'StateMachineType']);
    const aliases: string[] = [];
    if (name !== undefined) aliases.push(name);
    if (constructPath !== undefined) aliases.push(constructPath, constructSegment(constructPath));
    candidates.push({
      entry: {
        id,
        ...(name !== undefined && { name }),
        ...(kind !== undefined && { type: kind }),
        source,
        file: doc.file,
        ...(constructPath !== undefined && { constructPath }),
      },
      aliases,
      extract: () => extract(doc, id, properties, serverless),
    });
  }
  return candidates;
}

/** `MyStack/MyStateMachine/Resource` -> `MyStateMachine`: the construct the user named in code. */
export function constructSegment(path: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1] ?? path;
  return last === 'Resource' && segments.length > 1 ? (segments[segments.length - 2] ?? last) : last;
}

async function extract(doc: SourceDocument, id: string, properties: JsonObject, serverless: boolean): Promise<ExtractedDefinition> {
  const at = `/Resources/${escapePointerSegment(id)}/Properties`;
  const definitionSubstitutions = substitutionsOf(properties['DefinitionSubstitutions']);
  const definition = properties['Definition'];
  if (definition !== undefined) {
    return {
      definition: resolveIntrinsics(definition),
      file: doc.file,
      locate: (p) => doc.locate(`${at}/Definition${p === '/' ? '' : p}`),
      diagnostics: [],
      definitionSubstitutions,
    };
  }
  const definitionString = properties['DefinitionString'];
  if (!serverless && definitionString !== undefined) {
    return fromDefinitionString(doc, id, `${at}/DefinitionString`, definitionString, definitionSubstitutions);
  }
  const uri = properties['DefinitionUri'];
  if (serverless && typeof uri === 'string') return fromDefinitionUri(doc, id, `${at}/DefinitionUri`, uri, definitionSubstitutions);
  if (serverless && uri !== undefined) {
    throw unsupported(doc, id, `${at}/DefinitionUri`, 'keeps its definition in S3 (DefinitionUri with Bucket and Key)');
  }
  if (!serverless && properties['DefinitionS3Location'] !== undefined) {
    throw unsupported(doc, id, `${at}/DefinitionS3Location`, 'keeps its definition in S3 (DefinitionS3Location)');
  }
  const expected = serverless ? 'Definition or DefinitionUri' : 'Definition or DefinitionString';
  throw new LoadError('NO_STATE_MACHINE', doc.file, `${doc.file}: state machine ${id} has no definition: expected ${expected}`);
}

function fromDefinitionString(
  doc: SourceDocument,
  id: string,
  at: string,
  value: Json,
  definitionSubstitutions: Readonly<Record<string, SubstitutionValue>>,
): ExtractedDefinition {
  // Placeholders land inside the JSON text's string literals, so they are written JSON-escaped.
  const text = intrinsicText(value, jsonEscape);
  const locate = () => doc.locate(at);
  try {
    const definition = JSON.parse(text) as Json;
    return { definition, file: doc.file, locate, diagnostics: [], definitionSubstitutions };
  } catch (error) {
    const where = doc.locate(at);
    const position = where === undefined ? '' : ` (line ${where.line}, column ${where.column})`;
    const message = `DefinitionString of ${id}${position} is not valid JSON: ${(error as Error).message}`;
    return {
      definition: null,
      file: doc.file,
      locate,
      diagnostics: [{ severity: 'ERROR', code: 'INVALID_JSON_DESCRIPTION', message, location: '/' }],
      definitionSubstitutions,
    };
  }
}

async function fromDefinitionUri(
  doc: SourceDocument,
  id: string,
  at: string,
  uri: string,
  definitionSubstitutions: Readonly<Record<string, SubstitutionValue>>,
): Promise<ExtractedDefinition> {
  if (/^s3:\/\//i.test(uri)) throw unsupported(doc, id, at, `keeps its definition in S3 (DefinitionUri ${uri})`);
  // SAM: a local DefinitionUri is relative to the template's folder.
  const file = join(dirname(doc.file), uri);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const where = doc.locate(at);
    const line = where === undefined ? '' : `:${where.line}:${where.column}`;
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new LoadError('UNREADABLE_FILE', file, `${doc.file}${line}: DefinitionUri of ${id} is ${file}, which cannot be read (${reason})`);
  }
  const target = parseSource(file, text.replace(/^\uFEFF/, ''));
  return {
    definition: resolveIntrinsics(target.value),
    file,
    templateFile: doc.file,
    locate: (p) => target.locate(p),
    diagnostics: [],
    definitionSubstitutions,
  };
}

/** Literal values are applied as they are; an intrinsic value becomes the placeholder it stands for. */
function substitutionsOf(value: Json | undefined): Record<string, SubstitutionValue> {
  const table: Record<string, SubstitutionValue> = Object.create(null) as Record<string, SubstitutionValue>;
  if (!isJsonObject(value)) return table;
  for (const [key, item] of Object.entries(value)) {
    table[key] = typeof item === 'number' || typeof item === 'boolean' ? item : intrinsicText(item);
  }
  return table;
}

function unsupported(doc: SourceDocument, id: string, at: string, what: string): LoadError {
  const where = doc.locate(at);
  const line = where === undefined ? '' : `:${where.line}:${where.column}`;
  return new LoadError(
    'UNSUPPORTED_SOURCE',
    doc.file,
    `${doc.file}${line}: state machine ${id} ${what}, which sfn-sim cannot read: download the definition and load that file, or inline it with Definition`,
  );
}

function transforms(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

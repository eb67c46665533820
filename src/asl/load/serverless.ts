import { isJsonObject, type JsonObject } from '../json.js';
import { resolveIntrinsics } from './intrinsics.js';
import { LoadError } from './load-error.js';
import { escapePointerSegment } from '../json-pointer.js';
import type { SourceDocument } from './source-document.js';
import { type MachineCandidate, machineKind } from './state-machine-source.js';

/** A Serverless Framework config with the serverless-step-functions plugin's `stepFunctions` section. */
export function isServerlessConfig(top: JsonObject): boolean {
  return 'stepFunctions' in top;
}

/**
 * The machines under `stepFunctions.stateMachines`. Serverless variables (`${self:custom.table}`,
 * `${sls:stage}`, `${opt:stage, 'dev'}`) are already `${...}` text, so they are placeholders named
 * by what is inside the braces; `Ref`/`Fn::GetAtt` objects become placeholders too.
 */
export function serverlessMachines(doc: SourceDocument): MachineCandidate[] {
  const stepFunctions = (doc.value as JsonObject)['stepFunctions'];
  const machines = isJsonObject(stepFunctions) ? stepFunctions['stateMachines'] : undefined;
  if (!isJsonObject(machines)) return [];
  return Object.entries(machines).map(([key, machine]) => {
    const config = isJsonObject(machine) ? machine : {};
    const name = typeof config['name'] === 'string' ? config['name'] : undefined;
    const type = machineKind(config['type']);
    const at = `/stepFunctions/stateMachines/${escapePointerSegment(key)}/definition`;
    return {
      entry: { id: key, ...(name !== undefined && { name }), ...(type !== undefined && { type }), source: 'serverless', file: doc.file },
      aliases: name === undefined ? [] : [name],
      extract: async () => {
        const definition = config['definition'];
        if (definition === undefined) {
          throw new LoadError('NO_STATE_MACHINE', doc.file, `${doc.file}: state machine ${key} has no definition`);
        }
        return {
          definition: resolveIntrinsics(definition),
          file: doc.file,
          locate: (p) => doc.locate(`${at}${p === '/' ? '' : p}`),
          diagnostics: [],
          definitionSubstitutions: {},
        };
      },
    };
  });
}

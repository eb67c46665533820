import { escapePointerSegment } from '../json-pointer.js';
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type Json, type JsonObject, setOwn } from '../json.js';
import { LoadError } from './load-error.js';

/** A 1-based line and column in a file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A parsed JSON or YAML file: its value, and where each JSON pointer of it starts in the text. */
export interface SourceDocument {
  readonly file: string;
  readonly value: Json;
  /** The position of the node at `pointer` (RFC 6901), or of its nearest existing ancestor. */
  locate(pointer: string): SourcePosition | undefined;
}

/**
 * Nodes built at most from aliases: an alias "billion laughs" (`&a [*b, *b, …]` nested) would
 * otherwise expand to gigabytes from a few hundred bytes. Other nodes are bounded by the file size.
 */
const MAX_ALIASED_NODES = 100_000;

/**
 * Parses JSON or YAML text. JSON is YAML 1.2, so one parser gives both values and node positions.
 * CloudFormation's short-form tags (`!Ref X`, `!GetAtt A.B`, `!Sub …`) become their long forms, and
 * any other local tag `!Name v` becomes `{ "Fn::Name": v }` rather than failing the parse.
 * Objects are built with own properties only, so a `__proto__` key cannot re-parent anything.
 */
export function parseSource(file: string, text: string): SourceDocument {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    throw new LoadError('PARSE_ERROR', file, `${file}: cannot parse: ${(error as Error).message}`);
  }
  const first = doc.errors[0];
  if (first !== undefined) {
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    const position = { line: pos.line, column: pos.col };
    throw new LoadError('PARSE_ERROR', file, `${file}:${pos.line}:${pos.col}: cannot parse ${syntaxOf(file)}: ${first.message}`, position);
  }
  const offsets = new Map<string, number>();
  let aliased = 0;

  const convert = (node: Node | null, at: string, aliasDepth: number): Json => {
    if (aliasDepth > 0 && ++aliased > MAX_ALIASED_NODES) {
      throw new LoadError('PARSE_ERROR', file, `${file}: too many nodes once aliases are expanded (more than ${MAX_ALIASED_NODES})`);
    }
    if (node === null) return null;
    // An alias keeps its own position: the anchored node it expands to is somewhere else.
    if (node.range && !offsets.has(at)) offsets.set(at, node.range[0]);
    if (isAlias(node)) {
      if (aliasDepth > 100) throw new LoadError('PARSE_ERROR', file, `${file}: aliases nest too deeply`);
      const target = node.resolve(doc);
      return target === undefined ? null : convert(target, at, aliasDepth + 1);
    }
    const tag = node.tag;
    // Local tags (`!GetAtt`) are CloudFormation short forms; `tag:yaml.org,2002:*` ones yaml resolved already.
    if (tag === undefined || !tag.startsWith('!') || tag.startsWith('!!')) return convertUntagged(node, at, aliasDepth);
    const name = tag.slice(1);
    const longKey = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
    const inner = `${at}/${escapePointerSegment(longKey)}`;
    if (node.range && !offsets.has(inner)) offsets.set(inner, node.range[0]);
    return shortFormToLong(name, longKey, convertUntagged(node, inner, aliasDepth));
  };

  const convertUntagged = (node: Node, at: string, aliasDepth: number): Json => {
    if (isScalar(node)) return scalarValue(node.value, node.source);
    if (isSeq(node)) return node.items.map((item, i) => convert(item as Node | null, `${at}/${i}`, aliasDepth));
    if (isMap(node)) {
      const object: JsonObject = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = keyText(keyNode === null ? null : convert(keyNode, `${at}/\u0000key`, aliasDepth));
        setOwn(object, key, convert(pair.value as Node | null, `${at}/${escapePointerSegment(key)}`, aliasDepth));
      }
      return object;
    }
    return null;
  };

  const value = convert(doc.contents, '', 0);
  return {
    file,
    value,
    locate(pointer) {
      let at = pointer === '/' ? '' : pointer;
      for (;;) {
        const offset = offsets.get(at);
        if (offset !== undefined) {
          const pos = lineCounter.linePos(offset);
          return { line: pos.line, column: pos.col };
        }
        if (at === '') return undefined;
        at = at.slice(0, at.lastIndexOf('/'));
      }
    },
  };
}

/** `!Ref X` -> `{ Ref: X }`, `!GetAtt A.B` -> `{ "Fn::GetAtt": ["A", "B"] }`, `!Name v` -> `{ "Fn::Name": v }`. */
function shortFormToLong(name: string, longKey: string, value: Json): Json {
  const object: JsonObject = {};
  if (name === 'GetAtt' && typeof value === 'string') {
    // AWS: the short form `!GetAtt Resource.Attribute` splits at the first dot only.
    const dot = value.indexOf('.');
    setOwn(object, longKey, dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)]);
  } else {
    setOwn(object, longKey, value);
  }
  return object;
}

function scalarValue(value: unknown, source: string | undefined): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : (source ?? String(value));
  if (typeof value === 'bigint') return Number(value);
  return source ?? String(value);
}

function keyText(key: Json): string {
  if (typeof key === 'string') return key;
  if (key === null || typeof key !== 'object') return String(key);
  return JSON.stringify(key);
}

function syntaxOf(file: string): string {
  return /\.json$/i.test(file) ? 'JSON' : 'YAML';
}

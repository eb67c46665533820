import { describe, expect, it } from 'vitest';
import { applySubstitutions, type Placeholder } from '../../../src/asl/load/substitutions.js';

describe('applySubstitutions', () => {
  it('substitutes textually: a whole-string placeholder filled with a number stays a string, as CloudFormation does', () => {
    const result = applySubstitutions({ Seconds: '${Wait}', Note: 'retry ${Wait}s, ${Flag}' }, { Wait: 30, Flag: false });
    expect(result.definition).toEqual({ Seconds: '30', Note: 'retry 30s, false' });
    expect(result.diagnostics).toEqual([]);
  });

  it('substitutes in keys too', () => {
    const result = applySubstitutions({ States: { '${Step}': { Next: '${Step}' } } }, { Step: 'Charge' });
    expect(result.definition).toEqual({ States: { Charge: { Next: 'Charge' } } });
  });

  it('tells the function where each placeholder is: name, pointer, field, whole', () => {
    const seen: Placeholder[] = [];
    applySubstitutions({ A: { Resource: '${Fn.Arn}', List: ['x-${AWS::Region}'] } }, (p) => {
      seen.push(p);
      return undefined;
    });
    expect(seen).toEqual([
      { name: 'Fn.Arn', location: '/A/Resource', field: 'Resource', whole: true },
      { name: 'AWS::Region', location: '/A/List/0', field: '0', whole: false },
    ]);
  });

  it('prefers the caller substitutions over DefinitionSubstitutions, whose values may hold placeholders in turn', () => {
    const result = applySubstitutions(
      { A: '${FnArn}', B: '${Table}', C: '${Loop}' },
      { Table: 'mine' },
      { definitionSubstitutions: { FnArn: '${Fn.Arn}', Table: 'template', Loop: '${Loop}' } },
    );
    expect(result.definition).toEqual({ A: '${Fn.Arn}', B: 'mine', C: '${Loop}' });
    expect(result.diagnostics.map((d) => `${d.location} ${d.message.slice(0, d.message.indexOf(' is not'))}`)).toEqual([
      '/A Placeholder ${Fn.Arn}',
      '/C Placeholder ${Loop}',
    ]);
    expect(result.placeholders.filter((p) => p.location === '/A')).toEqual([
      { name: 'FnArn', location: '/A', field: 'A', whole: true, resolvedBy: 'DefinitionSubstitutions', value: '${Fn.Arn}' },
      { name: 'Fn.Arn', location: '/A', field: 'A', whole: true, resolvedBy: undefined },
    ]);
  });

  it('turns the ${!Literal} escape into the text ${Literal}, and reports it nowhere', () => {
    const result = applySubstitutions({ A: 'x ${!Literal} y' });
    expect(result).toEqual({ definition: { A: 'x ${Literal} y' }, placeholders: [], diagnostics: [] });
  });

  it('keeps nested Serverless variables whole, and leaves a ${ without } alone', () => {
    const result = applySubstitutions({ A: '${self:custom.${sls:stage}}', B: 'cost ${ 5', C: '${}' });
    expect(result.placeholders.map((p) => p.name)).toEqual(['self:custom.${sls:stage}']);
    expect(result.definition).toEqual({ A: '${self:custom.${sls:stage}}', B: 'cost ${ 5', C: '${}' });
  });

  it('reports each unresolved placeholder once per location, with a message saying how to fill it', () => {
    const result = applySubstitutions({ A: '${X}-${X}', B: '${AWS::Region}' });
    expect(result.diagnostics).toMatchInlineSnapshot(`
      [
        {
          "code": "UNRESOLVED_PLACEHOLDER",
          "location": "/A",
          "message": "Placeholder \${X} is not substituted: pass substitutions: { X: '…' } (CLI: --sub X=…)",
          "severity": "ERROR",
        },
        {
          "code": "UNRESOLVED_PLACEHOLDER",
          "location": "/B",
          "message": "Placeholder \${AWS::Region} is not substituted: pass substitutions: { 'AWS::Region': '…' } (CLI: --sub AWS::Region=…)",
          "severity": "ERROR",
        },
      ]
    `);
  });

  it('leaves the input untouched', () => {
    const input = { A: '${X}' };
    applySubstitutions(input, { X: 'y' });
    expect(input).toEqual({ A: '${X}' });
  });
});

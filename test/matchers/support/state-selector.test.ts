import { describe, expect, it } from 'vitest';
import { stateSelector } from '../../../matchers/support/state-selector.js';

const matching = (selector: string, paths: string[]) => paths.filter((p) => stateSelector(selector).matches(p));
const paths = [
  'Charge',
  'Items',
  'Items[0].Check',
  'Items[1].Check',
  'Items[1].Fan',
  'Items[1].Fan#0.Ship',
  'Items[1].Fan#1.Ship',
  'Fan#0.Check',
];

describe('stateSelector', () => {
  it('matches a plain name at any depth, and only that name', () => {
    expect(matching('Check', paths)).toEqual(['Items[0].Check', 'Items[1].Check', 'Fan#0.Check']);
    expect(matching('Charge', paths)).toEqual(['Charge']);
    expect(matching('Char', paths)).toEqual([]);
  });

  it('matches a qualified path exactly, with [*] and #* for any item or branch', () => {
    expect(matching('Items[1].Check', paths)).toEqual(['Items[1].Check']);
    expect(matching('Items[*].Check', paths)).toEqual(['Items[0].Check', 'Items[1].Check']);
    expect(matching('Items[1].Fan#*.Ship', paths)).toEqual(['Items[1].Fan#0.Ship', 'Items[1].Fan#1.Ship']);
    expect(matching('Items[*].Fan#1.Ship', paths)).toEqual(['Items[1].Fan#1.Ship']);
  });

  it('reads an unindexed scope as any item or branch', () => {
    expect(matching('Items.Check', paths)).toEqual(['Items[0].Check', 'Items[1].Check']);
    expect(matching('Items.Fan.Ship', paths)).toEqual(['Items[1].Fan#0.Ship', 'Items[1].Fan#1.Ship']);
  });

  it('treats regular-expression characters in names literally', () => {
    expect(stateSelector('Step (1)').matches('Step (1)')).toBe(true);
    expect(stateSelector('A+.B').matches('AA[0].B')).toBe(false);
  });
});

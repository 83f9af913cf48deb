import { describe, expect, it } from 'vitest';
import { fieldDiff, flatten } from './field-diff';

describe('audit field diff', () => {
  it('lists only the fields that changed, nested ones by path', () => {
    const before = { id: 'a', title: 'Семинар', deadlineText: 'Март', fields: { result: 'отчет' }, executors: [{ text: 'ИККО' }], version: 1 };
    const after = {
      id: 'a',
      title: 'Семинар',
      deadlineText: 'Апрель',
      fields: { result: 'справка' },
      executors: [{ text: 'ИККО' }, { text: 'ТИК' }],
      version: 2,
    };
    expect(fieldDiff(before, after)).toEqual([
      { path: 'deadlineText', before: 'Март', after: 'Апрель' },
      { path: 'fields.result', before: 'отчет', after: 'справка' },
      { path: 'version', before: '1', after: '2' },
      { path: 'executors[2].text', before: '', after: 'ТИК' },
    ]);
  });

  it('a creation lists every field of the new state, with nothing before', () => {
    expect(fieldDiff(null, { title: 'Новый', published: false })).toEqual([
      { path: 'title', before: null, after: 'Новый' },
      { path: 'published', before: null, after: 'нет' },
    ]);
  });

  it('keeps markup as plain text values (the page renders text, never HTML)', () => {
    expect(fieldDiff({ title: 'a' }, { title: '<img src=x onerror=alert(1)>' })[0]!.after).toBe('<img src=x onerror=alert(1)>');
  });

  it('joins scalar arrays and stops nesting at a depth limit', () => {
    expect(flatten({ roles: ['planner', 'controller'] }).get('roles')).toBe('planner, controller');
    const deep = flatten({ a: { b: { c: { d: { e: 1 } } } } });
    expect(deep.get('a.b.c.d')).toBe('{"e":1}');
  });
});

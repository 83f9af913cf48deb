import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../shared/plan-format.js';
import { TEXT_LIMITS as L } from '../shared/text-limits.js';
import { limitDraftText, MAX_CONTINUATIONS, splitText } from './draft-text-limits.js';

const item = (over: Partial<DraftItem> = {}): DraftItem => ({
  number: '1',
  title: 'Пункт',
  deadline: null,
  executors: [],
  fields: {},
  children: [],
  line: 7,
  ...over,
});
const draft = (items: DraftItem[], over: Partial<PlanDraft> = {}): PlanDraft => ({
  title: 'План',
  kind: 'work_plan',
  period: null,
  approval: null,
  abbreviations: [],
  description: null,
  items,
  warnings: [],
  ...over,
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `слово${i}`).join(' ');

describe('splitText', () => {
  it.each([
    ['short text stays whole', 'abc def', 10, 10, ['abc def']],
    ['cut at the last space in the last fifth', 'aaaa bbbb cccc', 10, 10, ['aaaa bbbb', ' cccc']],
    ['a hard cut when no space is near', 'abcdefghijkl', 5, 5, ['abcde', 'fghij', 'kl']],
    ['never splits a surrogate pair', 'abcd😀ef', 5, 5, ['abcd', '😀ef']],
  ])('%s', (_name, text, head, piece, expected) => {
    const parts = splitText(text, head, piece);
    expect(parts).toEqual(expected);
    expect(parts.join('')).toBe(text);
  });
});

describe('limitDraftText', () => {
  it('leaves a draft within the limits unchanged', () => {
    const d = draft([item({ fields: { result: 'Отчёт' } })]);
    expect(limitDraftText(d)).toEqual(d);
  });

  it('an over-long title keeps its start and moves the rest to a continuation column, with a warning at its row', () => {
    const long = words(1_000);
    const out = limitDraftText(draft([item({ title: long })], { columns: [{ key: 'title', title: 'Наименование мероприятия', role: 'title' }] }));
    const it0 = out.items[0]!;
    expect(it0.title.length).toBeLessThanOrEqual(L.itemTitle);
    expect(it0.title + it0.fields.title_continued).toBe(long);
    expect(out.columns).toContainEqual({ key: 'title_continued', title: 'Наименование (продолжение)', role: 'field' });
    expect(out.warnings).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringMatching(/длиннее 4.000 символов.*«Наименование \(продолжение\)»/) }),
    ]);
  });

  it('an over-long column value spills into numbered continuations named after the column', () => {
    const long = 'б'.repeat(L.fieldValue * 2 + 5);
    const out = limitDraftText(
      draft([item({ children: [item({ number: '1.1', fields: { result: long } })] })], { columns: [{ key: 'result', title: 'Результат', role: 'result' }] }),
    );
    const child = out.items[0]!.children[0]!;
    expect([child.fields.result, child.fields.result_continued, child.fields.result_continued_2].join('')).toBe(long);
    expect(out.columns!.map((c) => c.title)).toEqual(['Результат', 'Результат (продолжение)', 'Результат (продолжение 2)']);
  });

  it('a deadline or executor over the limit is kept whole the same way', () => {
    const deadline = { text: 'в течение года '.repeat(200), kind: 'unknown' as const, windows: [] };
    const out = limitDraftText(draft([item({ deadline, executors: [{ text: 'ТИК '.repeat(400), kind: 'unknown' }] })]));
    const it0 = out.items[0]!;
    expect(it0.deadline!.text + it0.fields.deadline_continued).toBe(deadline.text);
    expect(it0.executors[0]!.text + it0.fields.executors_continued).toBe('ТИК '.repeat(400));
    expect(out.warnings).toHaveLength(2);
  });

  it('a value too long even for the continuations refuses the import with its row named', () => {
    const huge = 'в'.repeat(L.itemTitle + (MAX_CONTINUATIONS + 1) * L.fieldValue);
    expect(() => limitDraftText(draft([item({ title: huge })]))).toThrow(/Строка 7: текст в графе «Наименование» слишком длинный/);
  });

  it('an over-long plan title continues in the description; an over-long glossary entry is refused', () => {
    const title = words(400);
    const out = limitDraftText(draft([], { title, description: 'Цели программы' }));
    expect(out.title.length).toBeLessThanOrEqual(L.planTitle);
    expect(`${out.title}${out.description!.split('\n')[0]}`).toBe(title);
    expect(out.description!.endsWith('\nЦели программы')).toBe(true);
    expect(() => limitDraftText(draft([], { abbreviations: [{ short: 'ТИК', full: 'т'.repeat(L.abbreviationFull + 1) }] }))).toThrow(
      /Расшифровка сокращения «ТИК»/,
    );
  });
});

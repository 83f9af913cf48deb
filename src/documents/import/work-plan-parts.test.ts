import { describe, expect, it } from 'vitest';
import { allItems, byNumber, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';
import { isMonthHeading } from './records/cell-classify.js';

const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);

// A TIK work plan as commissions type it: a part of questions for the sittings and a part of
// organisational measures, rows grouped by quarter, people as executors, a column for the mark.
const plan = [
  'ПЛАН РАБОТЫ',
  'территориальной избирательной комиссии Энского района на 2025 год',
  '',
  '№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственные\tОтметка об исполнении',
  'I. Вопросы для рассмотрения на заседаниях комиссии',
  'I квартал',
  '1.1.\tО плане работы ТИК на 2025 год\tянварь\tИванова А.А.\t',
  '1.2.\tО Сводном плане мероприятий по обучению\tфевраль\tПетров П.П., Сидорова С.С.\t',
  'II квартал',
  '1.3.\tОб итогах обучения членов УИК\t\tПетров П.П.\t',
  'II. Организационные мероприятия',
  '2.1.\tПроведение семинаров с председателями УИК\tежеквартально\tИванова А.А.\tвыполнено',
].join('\n');

describe('work plan parts', () => {
  it.each([
    ['I квартал', true],
    ['2 квартал 2025 года', true],
    ['Первое полугодие', true],
    ['IV квартал.', true],
    ['Январь', true],
    ['I чейрек', true],
    ['2-чейрек', true],
    // A rural council's work plan: «I | Биринчи квартал | |||».
    ['Биринчи квартал', true],
    ['Экинчи жарым жылдык', true],
    ['3-квартал', true],
    ['биринчи кезекте', false],
    ['II жарым жылдык', true],
    ['квартальный отчет', false],
    ['I. Вопросы для рассмотрения', false],
  ])('«%s» is a heading of a part of the year: %s', (text, expected) => expect(isMonthHeading(text)).toBe(expected));

  it('a numbered row naming only a quarter is the section for it, in Kyrgyz and in Russian', async () => {
    // A rural council's work plan as its site prints it (the number on its own line above a bar), its
    // first row cut inside the last cell on the page.
    const kyrgyz = [
      'Салам-Алик айылдык кеңешинин 2025-жыл үчүн',
      'ИШ ПЛАНЫ',
      '№ | Каралуучу маселелердин мазмуну | Мөөнөтү | Ким даярдайт | Ким маалымат берет |',
      'I | Биринчи квартал | |||',
      '1.',
      '|',
      'Салам-Алик айылдык кеңешинин 2025-жылга карата иш планын бекитүү жөнүндө | Январь | Айылдык кеңешинин жооптуу ',
    ].join('\n');
    const ky = await importPlan(utf8(kyrgyz));
    expect(ky.items.map((i) => [i.kind, i.number, i.title])).toEqual([['section', 'I', 'Биринчи квартал']]);
    const row = ky.items[0]!.children[0]!;
    expect([row.number, row.deadline?.text, executorTexts(row)]).toEqual(['1', 'Январь', ['Айылдык кеңешинин жооптуу']]);

    const russian = [
      'План работы на 2025 год',
      '№ | Наименование | Срок | Исполнители |',
      'I | I квартал | ||',
      '1. | Заседание комиссии | Январь | ТИК |',
    ].join('\n');
    const ru = await importPlan(utf8(russian));
    expect(ru.items.map((i) => [i.number, i.title, i.deadline])).toEqual([['I', 'I квартал', null]]);
  });

  it('quarters group rows (the deadline of a row without one), sections stay sections, the mark is a field', async () => {
    const draft = await importPlan(utf8(plan));
    const sections = allItems(draft.items).filter((i) => i.kind === 'section');
    expect(sections.map((s) => [s.number, s.title])).toEqual([
      ['I', 'Вопросы для рассмотрения на заседаниях комиссии'],
      ['II', 'Организационные мероприятия'],
    ]);
    expect(byNumber(draft, '1.2').deadline?.text).toBe('февраль');
    expect(executorTexts(byNumber(draft, '1.2'))).toEqual(['Петров П.П.', 'Сидорова С.С.']);
    expect(byNumber(draft, '1.3').deadline?.text).toBe('II квартал');
    const note = draft.columns!.find((c) => c.role === 'note')!;
    expect(byNumber(draft, '2.1').fields[note.key]).toBe('выполнено');
    // «I квартал» gave no row its text: it is named, not dropped.
    expect(draft.warnings.some((w) => w.line === 6 && /«I квартал»/.test(w.message))).toBe(true);
  });
});

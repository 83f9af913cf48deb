import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { seedBytes } from '../../../test/fixtures/seed-files.fixture.js';
import { allItems, byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Free layout: no header row; deadline and executors follow the item on their own lines
// (tab-led, plain, or side by side after a run of spaces); month headings over items 2.5–2.29.
describe('seed: Kuzbass work plan 2024 (free layout)', () => {
  let draft: PlanDraft;
  beforeAll(async () => {
    draft = await importPlan(seedBytes('workPlan'));
  });

  it('reads title, kind, period and approval', () => {
    expect(draft.title).toBe('План работы Избирательной комиссии Кемеровской области – Кузбасса на 2024 год');
    expect(draft.kind).toBe('work_plan');
    expect(draft.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(draft.approval).toEqual({
      authority: 'Избирательная комиссия Кемеровской области – Кузбасса',
      date: '2023-12-22',
      number: '81/606-7',
      actKind: 'постановление',
    });
  });

  it('has 10 sections and 118 items', () => {
    expect(counts(draft)).toEqual({ sections: 10, items: 118 });
    expect(draft.items.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(draft.items.map((s) => s.children.length)).toEqual([38, 29, 9, 5, 13, 8, 7, 5, 2, 2]);
    expect(draft.items.every((s) => s.kind === 'section')).toBe(true);
  });

  it('joins section headings written over several lines', () => {
    expect(byNumber(draft, '2').title).toBe('Вопросы для рассмотрения на заседаниях Избирательной комиссии Кемеровской области – Кузбасса');
    expect(byNumber(draft, '4').title).toBe('Проведение совещаний, семинаров, пресс-конференций, круглых столов, «дней открытых дверей» и других мероприятий');
    expect(byNumber(draft, '7').title).toBe('Мероприятия по функционированию регионального фрагмента ГАС «Выборы»');
    expect(byNumber(draft, '3').title).toBe('Подготовка законодательных, нормативных и иных актов Избирательной комиссии Кемеровской области – Кузбасса');
  });

  it('gives month headings to the items under them and keeps own deadlines', () => {
    const deadline = (n: string) => byNumber(draft, n).deadline?.text;
    expect(['2.1', '2.2', '2.3', '2.4'].map(deadline)).toEqual([
      'январь – сентябрь',
      'апрель – декабрь',
      'январь – декабрь (по отдельному плану)',
      'январь – декабрь',
    ]);
    for (let i = 5; i <= 13; i++) expect(deadline(`2.${i}`)).toBe('Январь');
    for (let i = 14; i <= 22; i++) expect(deadline(`2.${i}`)).toBe('Февраль');
    expect([deadline('2.23'), deadline('2.24'), deadline('2.25')]).toEqual(['Март', 'Март', 'Май']);
    for (let i = 26; i <= 29; i++) expect(deadline(`2.${i}`)).toBe('Декабрь');
    expect(draft.warnings.some((w) => w.message.includes('2.5–2.13') && w.message.includes('Январь'))).toBe(true);
  });

  it('directions in section 1 have neither deadline nor executors', () => {
    expect(byNumber(draft, '1').children.every((i) => i.deadline === null && i.executors.length === 0)).toBe(true);
  });

  it('reads deadlines and executors laid out on separate lines', () => {
    expect(byNumber(draft, '5.2').deadline?.text).toBe('весь период (по отдельному плану)');
    expect(byNumber(draft, '5.6').deadline?.text).toBe('февраль – март, июль – август');
    expect(byNumber(draft, '2.6').executors.map((e) => [e.text, e.kind])).toEqual([
      ['члены Рабочей группы', 'group'],
      ['Павкина И.П.', 'person'],
    ]);
    expect(byNumber(draft, '5.4').executors.map((e) => [e.text, e.kind])).toEqual([
      ['Суслова А.А.', 'person'],
      ['Красников Ю.В.', 'person'],
      ['Романов В.В.', 'person'],
      ['председатели и системные администраторы территориальных избирательных комиссий', 'group'],
      ['руководители МФЦ', 'group'],
    ]);
    expect(byNumber(draft, '2.3').executors.map((e) => e.kind)).toEqual(['person', 'department']);
  });

  it('splits deadline and executors set side by side with spaces (section 8)', () => {
    for (const n of ['8.1', '8.2', '8.3', '8.4', '8.5']) {
      expect(byNumber(draft, n).deadline?.text).toBe('в соответствии с утвержденными сроками');
    }
    expect(executorTexts(byNumber(draft, '8.1'))).toEqual(['Иванова О.В.']);
    expect(executorTexts(byNumber(draft, '8.5'))).toEqual(['Иванова О.В.', 'Нечаева Е.Н.', 'Лобода С.В.']);
  });

  it('strips field-code artefacts and keeps multi-paragraph titles', () => {
    expect(byNumber(draft, '2.25').title).toBe(
      'О типовом календарном плане мероприятий по подготовке и проведению выборов в органы местного самоуправления в Кемеровской области – Кузбассе 8 сентября 2024 года',
    );
    const i512 = byNumber(draft, '5.12');
    expect(i512.title).toContain('конкурсов на включение в кадровый резерв');
    expect(i512.title).toContain('с присвоением классных чинов государственным гражданским служащим аппарата комиссии');
    expect(executorTexts(i512)).toEqual(['Кусова Н.П.', 'Лобода С.В.']);
    expect(allItems(draft.items).some((i) => /HYPERLINK/.test(i.title))).toBe(false);
  });

  it('collects inline definitions and matches executors to them', () => {
    const glossary = Object.fromEntries(draft.abbreviations.map((a) => [a.short, a.full]));
    expect(glossary['СМИ']).toBe('средствами массовой информации');
    expect(glossary['ГАС «Выборы»']).toBe('Государственной автоматизированной системы Российской Федерации «Выборы»');
    expect(glossary['Информационный центр']).toBe('Управление Информационного центра Избирательной комиссии Кемеровской области – Кузбасса');
    expect(byNumber(draft, '7.2').executors).toEqual([
      {
        text: 'Информационный центр',
        kind: 'department',
        matched: 'Управление Информационного центра Избирательной комиссии Кемеровской области – Кузбасса',
      },
    ]);
    expect(byNumber(draft, '7.1').executors[0]).toMatchObject({
      text: 'Управление Информационного центра Избирательной комиссии Кемеровской области – Кузбасса',
      kind: 'department',
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { seedBytes } from '../../../test/fixtures/seed-files.fixture.js';
import { allItems, byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// A resolution, a programme in prose, then its annual plan as a table whose merged cells went
// missing: deadlines and executors slide left, section 4 has its executor in a row of its own.
describe('seed: Kaluga programme and plan 2022', () => {
  let draft: PlanDraft;
  beforeAll(async () => {
    draft = await importPlan(seedBytes('kaluga'));
  });

  it('takes the title above the table and the period outside the quoted programme name', () => {
    expect(draft.title).toBe(
      'План основных мероприятий по реализации Программы Избирательной комиссии Калужской области «Повышение правовой культуры избирателей, обучение организаторов выборов и других участников избирательного процесса на 2023 год» в 2022 году',
    );
    expect(draft.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(draft.kind).toBe('programme');
    expect(draft.approval).toEqual({
      authority: 'Избирательная комиссия Калужской области',
      date: '2021-12-27',
      number: '16/2-7',
      appendix: '2',
      actKind: 'постановление',
    });
  });

  it('keeps the programme narrative as the description, without the resolution', () => {
    const d = draft.description ?? '';
    expect(d.startsWith('Программа Избирательной комиссии Калужской области «Повышение правовой культуры избирателей')).toBe(true);
    expect(d).toContain('Ожидаемые результаты:');
    expect(d).toContain('основанной на современном избирательном законодательстве');
    expect(d.endsWith('В процессе выполнения Программы возможна её корректировка.')).toBe(true);
    expect(d).not.toContain('ПОСТАНОВЛЯЕТ');
    expect(d).not.toContain('Буков');
  });

  it('has 6 sections, one inner section (3.4) and 65 items; the narrative gives none', () => {
    expect(counts(draft)).toEqual({ sections: 7, items: 65 });
    expect(draft.items.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(byNumber(draft, '3.4').kind).toBe('section');
    expect(byNumber(draft, '2.1').kind).toBe('item');
    expect(allItems(draft.items).some((i) => i.title === 'Общие положения')).toBe(false);
  });

  it('normalises numbers with trailing dots', () => {
    expect(byNumber(draft, '1.3').title).toMatch(/^Разработка и принятие Программы обучения/);
    expect(byNumber(draft, '3.4.8').title).toMatch(/^Проведение областного конкурса среди педагогов/);
  });

  it('recognises executors that slid into the deadline column (section 4)', () => {
    expect(executorTexts(byNumber(draft, '4'))).toEqual(['ТИК']);
    const i46 = byNumber(draft, '4.6');
    expect(i46.deadline).toBeNull();
    expect(i46.executors).toEqual([
      { text: 'ИЖКО', kind: 'unknown', suggestion: 'ИККО' },
      { text: 'ТИК', kind: 'organization', matched: 'территориальная избирательная комиссия' },
    ]);
    expect(executorTexts(byNumber(draft, '4.8'))).toEqual(['ТИК']);
    expect(byNumber(draft, '4.1').deadline?.text).toBe('Август-сентябрь');
    expect(executorTexts(byNumber(draft, '4.1'))).toEqual(['ТИК']);
    expect(executorTexts(byNumber(draft, '3.1.1'))).toEqual(['ИККО', 'ТИК']);
    expect(draft.warnings.some((w) => w.message.includes('«ИЖКО»') && w.message.includes('«ИККО»'))).toBe(true);
  });

  it('merges continuation rows (2.2, 3.3, 5.2)', () => {
    const i22 = byNumber(draft, '2.2');
    expect(i22.deadline?.text).toBe('Весь период');
    expect(executorTexts(i22)).toEqual(['ИККО', 'ТИК']);
    expect(i22.children).toHaveLength(11);
    expect(byNumber(draft, '2.2.5').deadline?.text).toBe('Весь период');
    expect(byNumber(draft, '3.3').title).toContain('Калужской области и образовательными организациями по вопросам');
    expect(byNumber(draft, '5.2').title).toMatch(/при осуществлении информационно-разъяснительной деятельности\.$/);
  });

  it('splits abbreviations written side by side and keeps deadline texts', () => {
    expect(executorTexts(byNumber(draft, '1.6'))).toEqual(['ИККО', 'ТИК']);
    expect(executorTexts(byNumber(draft, '3.4.7'))).toEqual(['ТИК', 'МИК']);
    expect(byNumber(draft, '1.2').deadline?.text).toBe('Январь.');
    expect(byNumber(draft, '1.4').deadline?.text).toBe('До 1 февраля');
    expect(byNumber(draft, '1.8').deadline?.text).toBe('По плану работы ИККО, ТИК');
    expect(byNumber(draft, '1.9').deadline?.text).toBe('Июль, декабрь');
  });

  it('reads the glossary after the table', () => {
    expect(draft.abbreviations.slice(0, 4)).toEqual([
      { short: 'ИККО', full: 'Избирательная комиссия Калужской области' },
      { short: 'ТИК', full: 'территориальная избирательная комиссия' },
      { short: 'УИК', full: 'участковая избирательная комиссия' },
      { short: 'МИК', full: 'молодежная избирательная комиссия' },
    ]);
  });
});

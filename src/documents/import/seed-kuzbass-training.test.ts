import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { seedBytes } from '../../../test/fixtures/seed-files.fixture.js';
import { allItems, byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Tab-separated Word table: «Раздел I» rows, bold subsections, the header and «1 2 3 4»
// repeated on every page, and items whose name and executors continue on the next page.
describe('seed: Kuzbass training plan 2022 (TSV with page breaks)', () => {
  let draft: PlanDraft;
  beforeAll(async () => {
    draft = await importPlan(seedBytes('training'), { fileName: 'kuzbass-training-plan-2022.txt' });
  });

  it('reads title, kind, period and the approval block', () => {
    expect(draft.title).toBe(
      'Сводный план основных мероприятий Избирательной комиссии Кемеровской области – Кузбасса по обучению организаторов выборов и иных участников избирательного процесса, повышению правовой культуры избирателей в Кемеровской области – Кузбассе на 2022 год',
    );
    expect(draft.kind).toBe('consolidated');
    expect(draft.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(draft.approval).toEqual({
      authority: 'Избирательная комиссия Кемеровской области – Кузбасса',
      date: '2021-12-27',
      number: '3/20-7',
      actKind: 'постановление',
    });
    expect(draft.description).toBeNull();
  });

  it('has 3 sections with 9 subsections and 47 items', () => {
    expect(counts(draft)).toEqual({ sections: 12, items: 47 });
    expect(draft.items.map((s) => [s.number, s.kind])).toEqual([
      // The number as printed («Раздел I»), as the plan names its sections.
      ['Раздел I', 'section'],
      ['Раздел II', 'section'],
      ['Раздел III', 'section'],
    ]);
    expect(draft.items[0]!.title).toBe('Организация обучения кадров избирательных комиссий и других участников избирательного процесса');
    expect(draft.items[0]!.children.map((c) => c.number)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(byNumber(draft, '1.1')).toMatchObject({ kind: 'section', title: 'Организационные мероприятия', executors: [] });
    expect(byNumber(draft, '2.2').children).toHaveLength(10);
  });

  it('skips repeated headers and column-number rows', () => {
    const titles = allItems(draft.items).map((i) => i.title);
    expect(titles).not.toContain('Наименование мероприятия');
    expect(allItems(draft.items).some((i) => ['1', '2', '3', '4'].includes(i.number ?? ''))).toBe(false);
  });

  it('merges rows continued across page breaks (1.2.1, 1.4.1, 2.1.2, 2.2.1, 2.2.8, 3.1.3)', () => {
    const i121 = byNumber(draft, '1.2.1');
    expect(i121.title).toBe(
      'Участие членов и работников аппарата Избирательной комиссии Кемеровской области – Кузбасса в обучающих мероприятиях, проводимых Центральной избирательной комиссией Российской Федерации и Российским центром обучения избирательным технологиям при ЦИК России (федеральный уровень обучения)',
    );
    expect(executorTexts(i121)).toEqual(['ЦИК РФ', 'РЦОИТ при ЦИК России', 'ИККО – Кузбасса']);
    expect(i121.deadline?.text).toBe('В течение года');

    expect(byNumber(draft, '1.4.1').title).toBe(
      'Разработка методических рекомендаций и иных методических материалов по вопросам подготовки и проведения выборов, организации работы избирательных комиссий',
    );
    const i212 = byNumber(draft, '2.1.2');
    expect(i212.deadline?.text).toBe('В период подготовки и проведения выборов');
    expect(executorTexts(i212)).toEqual(['ИККО – Кузбасса', 'ИКМО', 'ТИК']);
    expect(executorTexts(byNumber(draft, '2.2.1'))).toEqual(['ИККО – Кузбасса', 'ИКМО', 'ТИК']);
    expect(byNumber(draft, '2.2.1').title).toContain('о мероприятиях, проводимых Центральной избирательной комиссией');
    expect(executorTexts(byNumber(draft, '2.2.8'))).toEqual(['ИККО – Кузбасса', 'ИКМО', 'ТИК']);
    expect(byNumber(draft, '3.1.3').title).toMatch(
      /^Совершенствование дизайна и структуры сайта Избирательной комиссии Кемеровской области – Кузбасса\. Регулярное/,
    );
  });

  it('keeps deadline texts with their qualifiers', () => {
    expect(byNumber(draft, '1.2.2').deadline?.text).toBe('В течение года (по отдельному плану)');
    expect(byNumber(draft, '2.2.3').deadline?.text).toBe('Февраль');
    expect(byNumber(draft, '2.2.8').deadline?.text).toBe('Декабрь');
  });

  it('reads the glossary whose abbreviation contains a dash, and matches executors to it', () => {
    expect(draft.abbreviations).toEqual([
      { short: 'ЦИК РФ', full: 'Центральная избирательная комиссия Российской Федерации' },
      { short: 'ИККО – Кузбасса', full: 'Избирательная комиссия Кемеровской области – Кузбасса' },
      { short: 'ИКМО', full: 'избирательные комиссии муниципальных образований' },
      { short: 'ТИК', full: 'территориальные избирательные комиссии' },
    ]);
    expect(byNumber(draft, '1.1.1').executors).toEqual([
      { text: 'ИККО – Кузбасса', kind: 'organization', matched: 'Избирательная комиссия Кемеровской области – Кузбасса' },
    ]);
  });

  it('does not split quoted organisation names on their commas', () => {
    const executors = executorTexts(byNumber(draft, '2.1.4'));
    expect(executors).toHaveLength(6);
    expect(executors[4]).toBe(
      'Кемеровская областная организация Общероссийской общественной организации инвалидов «Всероссийское Ордена Трудового Красного Знамени общество слепых»',
    );
    expect(byNumber(draft, '2.1.4').executors.every((e) => e.kind === 'organization')).toBe(true);
  });

  it('lists the detected columns', () => {
    expect(draft.columns?.map((c) => c.role)).toEqual(['number', 'title', 'executors', 'deadline']);
  });
});

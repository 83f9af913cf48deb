import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { occurrenceStatus } from '../../domain/execution/occurrence-state.js';
import { outcomeOf } from '../../domain/execution/progress.js';
import { buildExecutionReport, type ExecutionReportEntry } from './execution-report.js';
import { executionReportToDocx } from './execution-report.docx.js';
import { executionReportToPdf } from './execution-report.pdf.js';

const today = '2022-07-10';
function entry(
  number: string,
  executor: string,
  windowEnd: string,
  reports: { status: string; text?: string; metrics?: Record<string, number>; reviewStatus?: string }[],
  section = '1',
): ExecutionReportEntry {
  const states = reports.map((r, i) => ({
    id: `${number}-${i}`,
    status: r.status,
    reviewStatus: r.reviewStatus ?? 'accepted',
    movedTo: null,
    createdAt: `2022-06-0${i + 1}T00:00:00Z`,
  }));
  const status = occurrenceStatus({ windowEnd }, states, today);
  return {
    sectionKey: section,
    sectionLabel: `${section}. Раздел ${section}`,
    itemId: number,
    itemNumber: number,
    itemTitle: `Мероприятие ${number}`,
    deadlineText: 'Весь период',
    executorLabel: executor,
    windowStart: '2022-01-01',
    windowEnd,
    status,
    outcome: outcomeOf(status),
    reports: reports
      .filter((r) => r.reviewStatus !== 'returned')
      .map((r) => ({
        statusName: r.status,
        text: r.text ?? null,
        metrics: r.metrics ?? {},
        links: [],
        fileNames: [],
        reviewStatus: r.reviewStatus ?? 'accepted',
        createdAt: '2022-06-01T00:00:00Z',
      })),
  };
}

const source = {
  plan: { title: 'План основных мероприятий на 2022 год', organizationName: 'Избирательная комиссия Калужской области', approval: null },
  from: '2022-01-01',
  to: '2022-06-30',
  generatedAt: '2022-07-10T09:00:00Z',
  timeZone: 'Europe/Moscow',
  indicators: [{ key: 'participants', title: 'Число участников' }],
  awaitingCount: 2,
  entries: [
    entry('1.1', 'ИККО', '2022-06-30', [{ status: 'done', text: 'Проведен анализ', metrics: { participants: 12 } }]),
    entry(
      '2.1.4',
      'ТИК Бабынинского района',
      '2022-06-30',
      [{ status: 'done', text: 'Проведено тестирование 42 членов УИК', metrics: { participants: 42 } }],
      '2',
    ),
    entry('2.1.4', 'ТИК г. Обнинска', '2022-06-30', [], '2'),
    entry('2.1.5', 'ТИК г. Обнинска', '2022-06-30', [{ status: 'not_done', text: 'Не проведено: карантин' }], '2'),
  ],
};

describe('execution report model', () => {
  const model = buildExecutionReport(source);

  it('groups rows by section and item, one row per executor', () => {
    expect(model.periodLabel).toBe('I полугодие 2022 г.');
    expect(model.sections.map((s) => [s.label, s.items.map((i) => `${i.number}:${i.rows.length}`)])).toEqual([
      ['1. Раздел 1', ['1.1:1']],
      ['2. Раздел 2', ['2.1.4:2', '2.1.5:1']],
    ]);
    expect(model.sections[1]!.items[0]!.rows[1]).toMatchObject({
      executorLabel: 'ТИК г. Обнинска',
      outcomeName: 'просрочено',
      information: 'Отчет не представлен',
    });
  });

  it.each([
    ['2022-07-10T09:00:00Z', 'Europe/Moscow', 'ru', 'Сформирован 10 июля 2022 г.'],
    // 23:30 UTC is already the next day in Moscow and in Bishkek, still the same day in Kaliningrad.
    ['2026-11-27T23:30:00Z', 'Europe/Moscow', 'ru', 'Сформирован 28 ноября 2026 г.'],
    ['2026-11-27T21:30:00Z', 'Europe/Kaliningrad', 'ru', 'Сформирован 27 ноября 2026 г.'],
    ['2026-11-27T19:00:00Z', 'Asia/Bishkek', 'ky', '2026-жылдын 28-ноябры'],
  ] as const)('the report made at %s is dated on the %s calendar', (generatedAt, timeZone, lang, line) => {
    expect(buildExecutionReport({ ...source, generatedAt, timeZone }, lang).generatedLine).toContain(line);
  });

  it('totals by section and executor, figures, overdue list', () => {
    expect(model.totals).toMatchObject({ total: 4, done: 2, not_done: 1, overdue: 1 });
    expect(model.bySection.map((g) => [g.label, g.tally.total])).toEqual([
      ['1. Раздел 1', 1],
      ['2. Раздел 2', 3],
    ]);
    expect(model.byExecutor.map((g) => g.label)).toEqual(['ИККО', 'ТИК Бабынинского района', 'ТИК г. Обнинска']);
    expect(model.figures).toEqual([{ title: 'Число участников', total: 54 }]);
    expect(model.overdue).toEqual([{ number: '2.1.4', title: 'Мероприятие 2.1.4', executorLabel: 'ТИК г. Обнинска', dueDate: '2022-06-30' }]);
  });

  it('the narrative and the draft resolution read as a secretary writes them', () => {
    expect(model.narrative[0]).toBe(
      'За I полугодие 2022 г. планом предусмотрено 4 мероприятия (пунктов плана — 3). Исполнено в полном объеме — 2 (50 %), исполнено частично — 0, не исполнено — 1, перенесено — 0, отменено — 0.',
    );
    expect(model.narrative).toContain('Отчеты не представлены по 1 мероприятию, из них срок исполнения истек по 1.');
    expect(model.narrative).toContain('По представленным отчетам: число участников — 54.');
    expect(model.narrative.at(-1)).toBe('Ожидают установления срока (дата выборов или иного события не определена): 2 мероприятия.');
    expect(model.resolution[0]).toBe(
      '1. Информацию об исполнении плана «План основных мероприятий на 2022 год» за I полугодие 2022 года принять к сведению (прилагается).',
    );
    expect(model.resolution[1]).toContain('пунктами 2.1.4 плана');
  });

  it('the draft decision names any plan in the genitive with its title in quotes, the period spelled out', () => {
    const consolidated = buildExecutionReport({
      ...source,
      plan: { ...source.plan, title: 'Сводный план основных мероприятий Избирательной комиссии Кемеровской области – Кузбасса на 2022 год' },
    });
    expect(consolidated.resolution[0]).toBe(
      '1. Информацию об исполнении плана «Сводный план основных мероприятий Избирательной комиссии Кемеровской области – Кузбасса на 2022 год» за I полугодие 2022 года принять к сведению (прилагается).',
    );
    const quotedTitle = buildExecutionReport({
      ...source,
      to: '2022-12-31',
      plan: { ...source.plan, title: 'План мероприятий по проекту «Правовая культура»' },
    });
    expect(quotedTitle.resolution[0]).toBe(
      '1. Информацию об исполнении плана «План мероприятий по проекту „Правовая культура“» за 2022 год принять к сведению (прилагается).',
    );
    const quarter = buildExecutionReport({ ...source, to: '2022-03-31' });
    expect(quarter.resolution[0]).toContain('за I квартал 2022 года принять');
  });

  it('a report waiting for review is not counted as executed; an external participant is not overdue', () => {
    const pending = entry('3.1', 'ТИК г. Обнинска', '2022-06-30', [{ status: 'done', text: 'Проведено', reviewStatus: 'pending' }], '3');
    const external = { ...entry('3.2', 'ЦИК России', '2022-06-30', [], '3'), outcome: 'external' as const, external: true };
    const m = buildExecutionReport({ ...source, entries: [...source.entries, pending, external] });
    expect(m.totals).toMatchObject({ total: 6, done: 2, submitted: 1, external: 1, overdue: 1 });
    expect(m.narrative[0]).toContain('Исполнено в полном объеме — 2 (33,3 %)');
    expect(m.narrative[0]).toContain('отчеты по 1 мероприятию представлены и находятся на проверке');
    expect(m.overdue.map((o) => o.executorLabel)).toEqual(['ТИК г. Обнинска']);
    expect(m.sections[2]!.items[1]!.rows[0]!.information).toBe('Внешний участник: информацию представляет составитель плана');
    expect(m.byExecutor.find((g) => g.label === 'ЦИК России')!.tally.overdue).toBe(0);
  });

  it('an empty period says so', () => {
    const empty = buildExecutionReport({ ...source, entries: [], awaitingCount: 0 });
    expect(empty.empty).toBe(true);
    expect(empty.narrative).toEqual(['За I полугодие 2022 г. мероприятий со сроком исполнения в этом периоде в плане нет.']);
  });

  it('DOCX: landscape A4, Times New Roman, the table with merged item cells and the narrative', async () => {
    const docx = await executionReportToDocx(model);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('Проведено тестирование 42 членов УИК');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('Аналитическая справка');
    const styles = await (await JSZip.loadAsync(docx)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('Times New Roman');
  });

  it('PDF renders', async () => {
    const pdf = await executionReportToPdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });
});

import { readFileSync } from 'node:fs';
import { importPlan } from '../import/import-plan.js';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import type { ExportItem, ExportPlan } from './export-plan.js';

/**
 * Export plans without a database, for the writers' tests and the benchmark:
 * a seed document through the real importer, or a generated plan of any size.
 */
export const SEED_FILES = [
  'kaluga-program-and-plan-2022.txt',
  'kuzbass-public-hq-observation-2021.txt',
  'kuzbass-training-plan-2022.txt',
  'kuzbass-work-plan-2024.txt',
  'kyrgyz-cec-anticorruption-plan-2023-2025.txt',
] as const;

const seedsDir = new URL('../../../demo/seeds/', import.meta.url);

/** A stable UUID-shaped id from a counter (subset options tell ids from numbers by shape). */
export function fixtureId(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export function exportPlanFromDraft(draft: PlanDraft, overrides: Partial<ExportPlan> = {}): ExportPlan {
  let counter = 0;
  const map = (items: DraftItem[], prefix: string): ExportItem[] =>
    items.map((item, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      return {
        id: fixtureId(++counter),
        number,
        kind: item.kind === 'section' ? 'section' : 'item',
        title: item.title,
        deadlineText: item.deadline?.text ?? null,
        deadline: item.deadline ? { kind: item.deadline.kind, windows: item.deadline.windows } : null,
        executors: item.executors.map((e) => ({ text: e.text, kind: e.kind, role: e.role ?? 'responsible', organizationId: null })),
        fields: item.fields,
        children: map(item.children, number),
      };
    });
  return {
    id: fixtureId(0),
    title: draft.title,
    kind: draft.kind,
    status: 'draft',
    period: draft.period,
    approval: draft.approval,
    description: draft.description,
    columns: draft.columns ?? [],
    abbreviations: draft.abbreviations,
    elections: (draft.elections ?? []).map((e) => ({
      name: e.name,
      votingDay: e.votingDay,
      ...(e.votingDays !== undefined ? { votingDays: e.votingDays } : {}),
    })),
    items: map(draft.items, ''),
    updatedAt: '2024-01-15T09:30:00.000Z',
    organization: { name: 'Избирательная комиссия', timeZone: 'Europe/Moscow' },
    ...overrides,
  };
}

export async function seedExportPlan(file: (typeof SEED_FILES)[number]): Promise<ExportPlan> {
  const bytes = readFileSync(new URL(file, seedsDir));
  return exportPlanFromDraft(await importPlan(bytes, { fileName: file }));
}

const TITLES = [
  'Проведение обучающего семинара с членами территориальных избирательных комиссий по вопросам применения избирательного законодательства',
  'Подготовка информационно-аналитических материалов о ходе реализации плана',
  'Организация работы «горячей линии» Избирательной комиссии',
  'Мониторинг официальных сайтов территориальных избирательных комиссий в информационно-телекоммуникационной сети «Интернет»',
];
const EXECUTORS = ['ИККО', 'ТИК', 'Информационный центр', 'юридический отдел', 'Герасимова М.Н.', 'члены Рабочей группы'];

/** A plan of `count` rows: sections of 99 items, monthly and yearly deadlines, several executors, long cells. */
export function generatedPlan(count: number, options: { longCells?: boolean } = {}): ExportPlan {
  const sections: ExportItem[] = [];
  let n = 0;
  let s = 0;
  while (n < count) {
    s++;
    n++;
    const section: ExportItem = {
      id: fixtureId(n),
      number: String(s),
      kind: 'section',
      title: `Раздел ${s}. Организационно-методическое обеспечение деятельности избирательных комиссий`,
      deadlineText: null,
      deadline: null,
      executors: [],
      fields: {},
      children: [],
    };
    sections.push(section);
    for (let i = 1; i <= 99 && n < count; i++) {
      n++;
      const month = ((n % 12) + 1).toString().padStart(2, '0');
      const monthly = n % 5 === 0;
      const end = new Date(Date.UTC(2025, Number(month), 0)).getUTCDate();
      section.children.push({
        id: fixtureId(n),
        number: `${s}.${i}`,
        kind: 'item',
        title: TITLES[n % TITLES.length]! + (options.longCells && n % 50 === 0 ? ' — '.concat('очень длинный текст ячейки '.repeat(400)) : ''),
        deadlineText: monthly ? 'ежемесячно' : `до ${end} ${month}.2025`,
        deadline: monthly
          ? {
              kind: 'recurring',
              windows: Array.from({ length: 12 }, (_, m) => ({
                start: `2025-${String(m + 1).padStart(2, '0')}-01`,
                end: `2025-${String(m + 1).padStart(2, '0')}-${new Date(Date.UTC(2025, m + 1, 0)).getUTCDate()}`,
              })),
              recurrence: { every: 'month' },
            }
          : { kind: 'date', windows: [{ start: `2025-${month}-01`, end: `2025-${month}-${end}` }] },
        executors: [EXECUTORS[n % EXECUTORS.length]!, EXECUTORS[(n + 2) % EXECUTORS.length]!].map((text) => ({
          text,
          kind: 'organization',
          role: 'responsible',
          organizationId: null,
        })),
        fields: {},
        children: [],
      });
    }
  }
  return {
    id: fixtureId(0),
    title: `План работы Избирательной комиссии на 2025 год (${count} пунктов)`,
    kind: 'work_plan',
    status: 'approved',
    period: { start: '2025-01-01', end: '2025-12-31' },
    approval: { authority: 'Избирательная комиссия Калужской области', date: '2024-12-20', number: '5/12-7' },
    description: null,
    columns: [],
    abbreviations: [
      { short: 'ИККО', full: 'Избирательная комиссия Калужской области' },
      { short: 'ТИК', full: 'территориальные избирательные комиссии' },
    ],
    elections: [],
    items: sections,
    updatedAt: '2025-01-10T10:00:00.000Z',
    organization: { name: 'Избирательная комиссия Калужской области', timeZone: 'Europe/Moscow' },
  };
}

import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { importPlan } from '../import/import-plan.js';
import { exportPlanFromDraft, SEED_FILES } from './export-plan.fixture.js';
import { planToJson } from './json.writer.js';
import { readFileSync } from 'node:fs';

const seed = (file: string) => readFileSync(new URL(`../../../demo/seeds/${file}`, import.meta.url));

/** What a plan is, without what only the source document knew (line numbers, warnings, source numbering, matches). */
function essence(draft: PlanDraft) {
  const item = (i: DraftItem): unknown => ({
    kind: i.kind ?? 'item',
    title: i.title,
    deadline: i.deadline,
    executors: i.executors.map((e) => ({ text: e.text, kind: e.kind, role: e.role ?? 'responsible' })),
    fields: i.fields,
    children: i.children.map(item),
  });
  const { title, kind, period, approval, abbreviations, description, columns, elections } = draft;
  return { title, kind, period, approval, abbreviations, description, columns, elections: elections ?? [], items: draft.items.map(item) };
}

describe.each(SEED_FILES)('JSON of seed %s', (file) => {
  it('imports back as the same plan', async () => {
    const draft = await importPlan(seed(file), { fileName: file });
    const json = planToJson(exportPlanFromDraft(draft));
    const again = await importPlan(new TextEncoder().encode(json), { fileName: 'plan.json' });
    expect(essence(again)).toEqual(essence(draft));
  });
});

describe('JSON', () => {
  it('numbers are the plan’s hierarchical numbers', async () => {
    const draft = await importPlan(seed('kuzbass-training-plan-2022.txt'));
    const out = JSON.parse(planToJson(exportPlanFromDraft(draft)));
    expect(out.items[0].number).toBe('1');
    expect(out.items[0].children[0].children[0].number).toBe('1.1.1');
  });

  it('keeps the number of voting days of an election voted over several days', async () => {
    const text = [
      'КАЛЕНДАРНЫЙ ПЛАН',
      'мероприятий по подготовке и проведению выборов депутатов Совета депутатов',
      'Дни голосования – 12, 13 и 14 сентября 2025 года',
      '№ п/п | Содержание мероприятия | Срок исполнения | Исполнители',
      '1 | Оповестить избирателей | в дни голосования | УИК',
    ].join('\n');
    const draft = await importPlan(new TextEncoder().encode(text), { fileName: 'plan.txt' });
    expect(draft.elections).toMatchObject([{ votingDay: '2025-09-14', votingDays: 3 }]);
    const json = planToJson(exportPlanFromDraft(draft));
    expect(JSON.parse(json).elections).toMatchObject([{ votingDay: '2025-09-14', votingDays: 3 }]);
    const again = await importPlan(new TextEncoder().encode(json), { fileName: 'plan.json' });
    expect(again.elections).toMatchObject([{ votingDay: '2025-09-14', votingDays: 3 }]);
  });

  it('a subset exports only that part', async () => {
    const draft = await importPlan(seed('kuzbass-work-plan-2024.txt'));
    const out = JSON.parse(planToJson(exportPlanFromDraft(draft), { section: '2' }));
    expect(out.items).toHaveLength(1);
    expect(out.items[0].number).toBe('2');
  });
});

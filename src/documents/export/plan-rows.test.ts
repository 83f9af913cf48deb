import { describe, expect, it } from 'vitest';
import type { ExportItem, ExportPlan } from './export-plan.js';
import { fixtureId, generatedPlan } from './export-plan.fixture.js';
import { countItems, planRows, selectSubset, subsetLabel } from './plan-rows.js';

let n = 0;
function item(number: string, extra: Partial<ExportItem> = {}): ExportItem {
  return {
    id: fixtureId(++n),
    number,
    kind: 'item',
    title: `Пункт ${number}`,
    deadlineText: null,
    deadline: null,
    executors: [],
    fields: {},
    children: [],
    ...extra,
  };
}
const ex = (text: string, organizationId: string | null = null) => ({ text, kind: 'organization', role: 'responsible', organizationId });
const month = (m: string) => ({ kind: 'range', windows: [{ start: `2024-${m}-01`, end: `2024-${m}-28` }] });

const TIK = '11111111-1111-4111-8111-111111111111';
const plan: ExportPlan = {
  ...generatedPlan(0),
  items: [
    item('1', {
      kind: 'section',
      children: [item('1.1', { executors: [ex('ИККО')], deadline: month('01') }), item('1.2', { executors: [ex('ТИК', TIK)], deadline: month('03') })],
    }),
    item('2', {
      kind: 'section',
      children: [
        item('2.1', {
          executors: [ex('ТИК', TIK)],
          deadline: month('01'),
          children: [item('2.1.1', { executors: [ex('Герасимова М.Н.')], deadline: month('02') })],
        }),
      ],
    }),
  ],
};
const numbers = (p: ExportPlan) => [...planRows(p.items)].map((r) => r.item.number);

describe('planRows', () => {
  it('walks the tree in document order with levels', () => {
    expect([...planRows(plan.items)].map((r) => `${r.item.number}@${r.level}`)).toEqual(['1@1', '1.1@2', '1.2@2', '2@1', '2.1@2', '2.1.1@3']);
    expect(countItems(plan.items)).toBe(6);
  });

  it('does not recurse: a chain 20,000 deep is walked', () => {
    let deep = item('x');
    for (let i = 0; i < 20_000; i++) deep = item('x', { children: [deep] });
    expect(countItems([deep])).toBe(20_001);
  });
});

describe('selectSubset', () => {
  it('one section, by number or by id', () => {
    expect(numbers(selectSubset(plan, { section: '2' }))).toEqual(['2', '2.1', '2.1.1']);
    expect(numbers(selectSubset(plan, { section: plan.items[0]!.id }))).toEqual(['1', '1.1', '1.2']);
  });

  it('a nested section keeps its parents as headings', () => {
    expect(numbers(selectSubset(plan, { section: '2.1' }))).toEqual(['2', '2.1', '2.1.1']);
  });

  it('one executor, by organisation id or as written (case and dashes aside)', () => {
    expect(numbers(selectSubset(plan, { executor: TIK }))).toEqual(['1', '1.2', '2', '2.1']);
    expect(numbers(selectSubset(plan, { executor: 'герасимова м.н.' }))).toEqual(['2', '2.1', '2.1.1']);
  });

  it('one month: items whose windows touch it, under their sections', () => {
    expect(numbers(selectSubset(plan, { month: '2024-01' }))).toEqual(['1', '1.1', '2', '2.1']);
    expect(numbers(selectSubset(plan, { month: '2024-02' }))).toEqual(['2', '2.1', '2.1.1']);
    expect(numbers(selectSubset(plan, { month: '2024-13' }))).toEqual([]);
  });

  it('options combine', () => {
    expect(numbers(selectSubset(plan, { section: '1', executor: TIK, month: '2024-03' }))).toEqual(['1', '1.2']);
    expect(numbers(selectSubset(plan, { section: '9' }))).toEqual([]);
  });

  it('says which part it is', () => {
    expect(subsetLabel(plan, { section: '1', executor: TIK, month: '2024-03' })).toBe('Выборка: раздел 1 «Пункт 1»; исполнитель ТИК; март 2024 г.');
    expect(subsetLabel(plan, {})).toBeNull();
  });
});

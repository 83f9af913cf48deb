import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretDeadline } from '../deadline/index.js';
import {
  desiredOccurrences,
  executorTargets,
  occurrenceIdentity,
  planOccurrenceSync,
  windowPlan,
  type DesiredOccurrence,
  type ExistingOccurrence,
  type GenerationExecutor,
  type GenerationItem,
  type GenerationOrganization,
  type GenerationPlan,
} from './occurrences.js';

const orgs: GenerationOrganization[] = [
  { id: 'cec', kind: 'cec', parentId: null, name: 'ЦИК России', shortName: 'ЦИК России' },
  { id: 'kaluga', kind: 'regional', parentId: 'cec', name: 'Избирательная комиссия Калужской области', shortName: 'ИККО' },
  { id: 'tik-b', kind: 'territorial', parentId: 'kaluga', name: 'ТИК Бабынинского района', shortName: 'ТИК Бабынинского района' },
  { id: 'tik-o', kind: 'territorial', parentId: 'kaluga', name: 'ТИК г. Обнинска', shortName: 'ТИК г. Обнинска' },
  { id: 'ikmo-1', kind: 'municipal', parentId: 'kaluga', name: 'ИКМО Бабынино', shortName: 'ИКМО Бабынино' },
  { id: 'uik-1', kind: 'precinct', parentId: 'tik-b', name: 'УИК № 1', shortName: 'УИК № 1' },
  { id: 'kuzbass', kind: 'regional', parentId: 'cec', name: 'ИК Кузбасса', shortName: 'ИККО – Кузбасса' },
  { id: 'tik-k', kind: 'territorial', parentId: 'kuzbass', name: 'ТИК Кемерово', shortName: 'ТИК Кемерово' },
];

const plan2022: GenerationPlan = { organizationId: 'kaluga', period: { start: '2022-01-01', end: '2022-12-31' }, reportingPeriod: 'half_year' };

let n = 0;
const ex = (text: string, extra: Partial<GenerationExecutor> = {}): GenerationExecutor => ({
  id: `e${++n}`,
  text,
  kind: 'organization',
  organizationId: null,
  unitId: null,
  personId: null,
  ...extra,
});

function item(
  deadlineText: string | null,
  executors: GenerationExecutor[],
  plan: GenerationPlan = plan2022,
  extra: Partial<GenerationItem> = {},
): GenerationItem {
  const ctx = { period: plan.period, elections: [] };
  return {
    id: 'i1',
    kind: 'item',
    hasChildren: false,
    deadline: deadlineText === null ? null : (interpretDeadline(deadlineText, ctx) as GenerationItem['deadline']),
    executors,
    ...extra,
  };
}

const windowsOf = (list: DesiredOccurrence[]) => list.map((o) => (o.windowStart ? `${o.windowStart}..${o.windowEnd}` : 'awaiting'));
const keysOf = (list: DesiredOccurrence[]) => [...new Set(list.map((o) => o.executorKey))];

describe('windows of an item (one occurrence per window)', () => {
  it.each([
    // [deadline, reporting period, expected windows]
    ['До 1 февраля', 'half_year', ['2022-01-01..2022-02-01']],
    ['30.09.2022', 'half_year', ['2022-09-30..2022-09-30']],
    ['Сентябрь-декабрь', 'half_year', ['2022-09-01..2022-12-31']],
    ['Июль, декабрь', 'half_year', ['2022-07-01..2022-07-31', '2022-12-01..2022-12-31']],
    ['ежеквартально', 'half_year', ['2022-01-01..2022-03-31', '2022-04-01..2022-06-30', '2022-07-01..2022-09-30', '2022-10-01..2022-12-31']],
    ['Весь период', 'half_year', ['2022-01-01..2022-06-30', '2022-07-01..2022-12-31']],
    ['В течение года', 'quarter', ['2022-01-01..2022-03-31', '2022-04-01..2022-06-30', '2022-07-01..2022-09-30', '2022-10-01..2022-12-31']],
    [
      'на постоянной основе',
      'month',
      Array.from(
        { length: 12 },
        (_, i) =>
          `2022-${String(i + 1).padStart(2, '0')}-01..2022-${String(i + 1).padStart(2, '0')}-${['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'][i]}`,
      ),
    ],
    ['по мере необходимости', 'half_year', ['2022-01-01..2022-06-30', '2022-07-01..2022-12-31']],
    ['По плану работы ИККО, ТИК', 'half_year', ['2022-01-01..2022-06-30', '2022-07-01..2022-12-31']],
    [null, 'half_year', ['2022-01-01..2022-06-30', '2022-07-01..2022-12-31']],
    ['не позднее чем за 45 дней до дня голосования', 'half_year', ['awaiting']],
    ['После образования избирательных участков', 'half_year', ['awaiting']],
    ['В период подготовки и проведения выборов', 'half_year', ['awaiting']],
    ['когда-нибудь потом', 'half_year', ['awaiting']],
  ] as const)('«%s» by %s', (deadline, reportingPeriod, expected) => {
    const plan = { ...plan2022, reportingPeriod };
    expect(windowsOf(desiredOccurrences([item(deadline, [ex('ИККО', { organizationId: 'kaluga' })], plan)], plan, orgs))).toEqual(expected);
  });

  it('a whole-period item of a plan that starts mid-year is cut at the half-year boundary', () => {
    const plan = { ...plan2022, period: { start: '2022-03-15', end: '2022-12-31' } };
    expect(windowsOf(desiredOccurrences([item('Весь период', [], plan)], plan, orgs))).toEqual(['2022-03-15..2022-06-30', '2022-07-01..2022-12-31']);
  });

  it('an open-ended item of a plan without a period awaits the period', () => {
    const plan = { ...plan2022, period: null };
    expect(windowPlan(null, plan)).toEqual({ type: 'awaiting', needs: ['period'] });
  });

  it('an election-relative item gets its date once an election is attached', () => {
    const ctx = { period: plan2022.period, elections: [{ votingDay: '2022-09-11', calledOn: '2022-06-10' }] };
    const deadline = interpretDeadline('не позднее чем за 45 дней до дня голосования', ctx) as GenerationItem['deadline'];
    const list = desiredOccurrences([{ ...item(null, []), deadline }], plan2022, orgs);
    expect(windowsOf(list)).toEqual([`${deadline!.windows![0]!.start}..2022-07-27`]);
  });

  it('sections and headings of sub-items call for nothing', () => {
    expect(desiredOccurrences([item('Январь', [], plan2022, { kind: 'section' })], plan2022, orgs)).toEqual([]);
    expect(desiredOccurrences([item('Январь', [], plan2022, { hasChildren: true })], plan2022, orgs)).toEqual([]);
  });
});

describe('executors of an item (one occurrence per executor)', () => {
  it.each([
    // [executors, expected keys]
    [[ex('ИККО', { organizationId: 'kaluga' })], ['org:kaluga']],
    [[ex('ТИК')], ['org:tik-b', 'org:tik-o']],
    [[ex('ТИКи')], ['org:tik-b', 'org:tik-o']],
    [[ex('территориальные избирательные комиссии')], ['org:tik-b', 'org:tik-o']],
    [[ex('ИКМО')], ['org:ikmo-1']],
    [[ex('УИК')], ['org:uik-1']],
    [
      [ex('ИККО', { organizationId: 'kaluga' }), ex('ТИК')],
      ['org:kaluga', 'org:tik-b', 'org:tik-o'],
    ],
    [
      [ex('ТИК'), ex('ТИК Бабынинского района', { organizationId: 'tik-b' })],
      ['org:tik-b', 'org:tik-o'],
    ],
    [[ex('Герасимова М.Н.', { kind: 'person', personId: 'p1' })], ['person:p1']],
    [[ex('юридический отдел', { kind: 'department', unitId: 'u1' })], ['unit:u1']],
    [[ex('члены Рабочей группы', { kind: 'group' })], ['text:члены рабочей группы']],
    [[ex('ЦИК КР'), ex('ЦИК КР')], ['text:цик кр']],
    [[], ['org:kaluga']],
  ] as const)('%j → %j', (executors, keys) => {
    const list = desiredOccurrences([item('До 1 февраля', [...executors])], plan2022, orgs);
    expect(keysOf(list)).toEqual(keys);
  });

  it('a class with no such body under the owner falls back to the owner answering for it', () => {
    const plan = { ...plan2022, organizationId: 'cec' };
    const [t] = executorTargets(
      [ex('ТИКи')],
      plan,
      orgs.filter((o) => o.kind !== 'territorial'),
    );
    expect(t).toMatchObject({ key: 'text:тики', organizationId: 'cec' });
  });

  it('fan-out stays under the owner: a Kuzbass plan never reaches Kaluga commissions', () => {
    const plan = { ...plan2022, organizationId: 'kuzbass' };
    expect(executorTargets([ex('ТИК')], plan, orgs).map((t) => t.organizationId)).toEqual(['tik-k']);
  });

  it('staff, groups and unmatched names are answered for by the owner', () => {
    const targets = executorTargets([ex('Петрова Е.А.', { kind: 'person', personId: 'p2' }), ex('международные партнеры', { kind: 'group' })], plan2022, orgs);
    expect(targets.map((t) => t.organizationId)).toEqual(['kaluga', 'kaluga']);
    expect(targets[0]!.personId).toBe('p2');
  });

  it('recurring × class: «ежеквартально» for «ТИК» is four occurrences for each ТИК', () => {
    const list = desiredOccurrences([item('ежеквартально', [ex('ТИК')])], plan2022, orgs);
    expect(list).toHaveLength(8);
    expect(new Set(list.map(occurrenceIdentity)).size).toBe(8);
  });
});

function stored(d: DesiredOccurrence, i: number, extra: Partial<ExistingOccurrence> = {}): ExistingOccurrence {
  return { ...d, id: `o${i}`, retired: false, reportCount: 0, ...extra };
}

describe('regeneration keeps reports', () => {
  const before = desiredOccurrences([item('Весь период', [ex('ТИК')])], plan2022, orgs);

  it('nothing changes → nothing to do', () => {
    const sync = planOccurrenceSync(
      before,
      before.map((d, i) => stored(d, i)),
    );
    expect(sync).toEqual({ insert: [], update: [], remove: [], retire: [], revive: [] });
  });

  it('a new deadline replaces unreported occurrences and retires reported ones', () => {
    const existing = before.map((d, i) => stored(d, i, { reportCount: i === 0 ? 2 : 0 }));
    const after = desiredOccurrences([item('Июль', [ex('ТИК')])], plan2022, orgs);
    const sync = planOccurrenceSync(after, existing);
    expect(sync.insert).toHaveLength(2);
    expect(sync.retire).toEqual(['o0']);
    expect(sync.remove.sort()).toEqual(['o1', 'o2', 'o3']);
  });

  it('going back to the old deadline revives the retired occurrence with its reports', () => {
    const existing = before.map((d, i) => stored(d, i, { retired: i === 0, reportCount: i === 0 ? 1 : 0 }));
    const sync = planOccurrenceSync(before, existing);
    expect(sync.revive).toEqual(['o0']);
    expect(sync.insert).toEqual([]);
  });

  it('a renamed executor keeps the identity and only updates the label', () => {
    const existing = before.map((d, i) => stored(d, i, { executorLabel: 'старое имя' }));
    const sync = planOccurrenceSync(before, existing);
    expect(sync.update).toHaveLength(4);
    expect(sync.insert).toEqual([]);
  });

  it('property: after applying a sync, a second sync is empty, and no reported occurrence is ever removed', () => {
    const deadlines = ['Январь', 'Весь период', 'ежеквартально', 'Июль, декабрь', null, 'не позднее чем за 10 дней до дня голосования'];
    const executorSets = [
      [],
      [ex('ТИК')],
      [ex('ИККО', { organizationId: 'kaluga' })],
      [ex('ТИК'), ex('ИКМО')],
      [ex('юридический отдел', { kind: 'department' })],
    ];
    const arb = fc.record({
      a: fc.constantFrom(...deadlines),
      b: fc.constantFrom(...deadlines),
      ea: fc.constantFrom(...executorSets),
      eb: fc.constantFrom(...executorSets),
      reported: fc.array(fc.boolean(), { maxLength: 20 }),
      period: fc.constantFrom<GenerationPlan['reportingPeriod']>('half_year', 'quarter', 'month'),
    });
    fc.assert(
      fc.property(arb, ({ a, b, ea, eb, reported, period }) => {
        const plan = { ...plan2022, reportingPeriod: period };
        const first = desiredOccurrences([item(a, [...ea], plan)], plan, orgs);
        const existing = first.map((d, i) => stored(d, i, { reportCount: reported[i] ? 1 : 0 }));
        const second = desiredOccurrences([item(b, [...eb], plan)], plan, orgs);
        const sync = planOccurrenceSync(second, existing);
        for (const id of sync.remove) expect(existing.find((e) => e.id === id)!.reportCount).toBe(0);
        // Apply.
        const removed = new Set(sync.remove);
        const retired = new Set(sync.retire);
        const after: ExistingOccurrence[] = [
          ...existing.filter((e) => !removed.has(e.id)).map((e) => ({ ...e, retired: retired.has(e.id) || (e.retired && !sync.revive.includes(e.id)) })),
          ...sync.insert.map((d, i) => stored(d, 1000 + i)),
        ];
        const again = planOccurrenceSync(second, after);
        expect(again.insert).toEqual([]);
        expect(again.remove).toEqual([]);
        expect(again.retire).toEqual([]);
        expect(again.revive).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

import ical from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, SEED_FILES, seedExportPlan } from './export-plan.fixture.js';
import { eventUid, plansToIcs } from './ics.writer.js';
import { planRows } from './plan-rows.js';

const options = { name: 'План', linkBase: 'https://planik.example.ru/', timeZone: 'Asia/Novokuznetsk' };

function events(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
}

/** node-ical gives date-only values as local midnights. */
const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const windowsOf = (plan: ExportPlan) =>
  [...planRows(plan.items)].filter((r) => r.item.kind !== 'section').flatMap((r) => (r.item.deadline?.windows ?? []).map((w) => ({ item: r.item, w })));

describe.each(SEED_FILES)('ICS of seed %s', (file) => {
  it('parses, with one all-day event per deadline window', async () => {
    const plan = await seedExportPlan(file);
    const parsed = events(plansToIcs([plan], options));
    const expected = windowsOf(plan);
    expect(parsed).toHaveLength(expected.length);
    const byUid = new Map(parsed.map((e) => [e.uid, e]));
    for (const { item, w } of expected) {
      const event = byUid.get(eventUid(item.id, w))!;
      expect(event.datetype).toBe('date');
      expect(day(event.start)).toBe(w.start);
      // DTEND is exclusive: the day after the last day of the window.
      const last = new Date(event.end!.getTime());
      last.setDate(last.getDate() - 1);
      expect(day(last)).toBe(w.end);
      expect(event.summary).toBe(`${item.number} ${item.title}`.replace(/\s+/g, ' ').slice(0, 300));
    }
  });
});

describe('ICS', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('a monthly item gives twelve events that link back to the item', async () => {
    const plan = await seedExportPlan('kuzbass-public-hq-observation-2021.txt');
    const item = plan.items.find((i) => i.deadlineText === 'ежемесячно')!;
    const mine = events(plansToIcs([plan], options)).filter((e) => e.uid.startsWith(item.id));
    expect(mine).toHaveLength(12);
    expect(String((mine[0]!.url as unknown as { val: string }).val ?? mine[0]!.url)).toBe(`https://planik.example.ru/plans/${plan.id}?item=${item.id}`);
  });

  it('UIDs are stable between exports and the dates do not depend on the server’s time zone', () => {
    const plan = generatedPlan(30);
    const strip = (s: string) => s.replace(/^DTSTAMP:.*$/gm, '');
    process.env.TZ = 'Pacific/Kiritimati';
    const east = plansToIcs([plan], options);
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = plansToIcs([plan], options);
    expect(strip(west)).toBe(strip(east));
    expect(east).toContain('DTSTART;VALUE=DATE:20250201');
    expect(east).toContain('X-WR-TIMEZONE:Asia/Novokuznetsk');
    expect(east).not.toMatch(/TZID/);
  });

  it('sections and items without dates give no events', () => {
    const plan = generatedPlan(2);
    plan.items[0]!.children[0]!.deadline = { kind: 'on_demand', windows: [] };
    expect(events(plansToIcs([plan], options))).toHaveLength(0);
  });
});

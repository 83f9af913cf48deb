import ical, { ICalCalendarMethod } from 'ical-generator';
import type { ExportPlan } from './export-plan.js';
import { planRows } from './plan-rows.js';
import { xmlSafe } from './xml-text.js';

export interface IcsOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** Origin of the web app («https://planik.example.ru»); events link back to their item. */
  linkBase: string;
  /** IANA zone the windows are dates in (the organisation's). */
  timeZone: string;
}

function utcDay(iso: string, addDays = 0): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + addDays));
}

/** The same item and window always give the same UID, so a refreshed feed updates events instead of duplicating them. */
export function eventUid(itemId: string, window: { start: string; end: string }): string {
  return `${itemId}.${window.start.replace(/-/g, '')}.${window.end.replace(/-/g, '')}@planik`;
}

/**
 * One all-day event per deadline window of every item (a monthly item gives
 * twelve). Dates are written as DATE values built from UTC midnights: with a
 * calendar time zone, ical-generator would convert a Date into that zone and shift
 * the day, so the zone is only announced (X-WR-TIMEZONE) — all-day dates need none.
 */
export function plansToIcs(plans: readonly ExportPlan[], options: IcsOptions): string {
  const calendar = ical({
    name: xmlSafe(options.name),
    prodId: { company: 'Planik', product: 'Planik', language: 'RU' },
    method: ICalCalendarMethod.PUBLISH,
    x: [['X-WR-TIMEZONE', options.timeZone]],
  });
  const base = options.linkBase.replace(/\/+$/, '');
  for (const plan of plans) {
    const stamp = new Date(plan.updatedAt);
    for (const { item } of planRows(plan.items)) {
      if (item.kind === 'section' || !item.deadline) continue;
      const executors = item.executors.map((e) => e.text).join(', ');
      const url = `${base}/plans/${plan.id}?item=${item.id}`;
      for (const window of item.deadline.windows) {
        calendar.createEvent({
          id: eventUid(item.id, window),
          start: utcDay(window.start),
          // DTEND of an all-day event is exclusive: the day after the window's last day.
          end: utcDay(window.end, 1),
          allDay: true,
          stamp,
          summary: xmlSafe(`${item.number} ${item.title}`).replace(/\s+/g, ' ').slice(0, 300),
          description: xmlSafe(
            [`План: ${plan.title}`, item.deadlineText ? `Срок: ${item.deadlineText}` : '', executors ? `Исполнители: ${executors}` : '', url]
              .filter(Boolean)
              .join('\n'),
          ),
          url,
        });
      }
    }
  }
  return calendar.toString();
}

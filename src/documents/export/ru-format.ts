const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** «27 декабря 2021 г.» — how resolutions write their dates. */
export function ruLongDate(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null;
  if (!p) return iso ?? '';
  return `${p[2]} ${MONTHS_GENITIVE[p[1] - 1]} ${p[0]} г.`;
}

/** «27.12.2021». */
export function ruShortDate(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null;
  if (!p) return iso ?? '';
  return `${String(p[2]).padStart(2, '0')}.${String(p[1]).padStart(2, '0')}.${p[0]}`;
}

/** «март 2022 г.» for a YYYY-MM month. */
export function ruMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return `${MONTHS_NOMINATIVE[Number(m[2]) - 1]} ${m[1]} г.`;
}

/** «27 декабря 2021 г., 14:05» in a given time zone, for «last changed» lines. */
export function ruDateTime(iso: string, timeZone = 'Europe/Moscow'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const get = (type: string) => f.formatToParts(d).find((p) => p.type === type)?.value ?? '';
  return `${ruLongDate(`${get('year')}-${get('month')}-${get('day')}`)}, ${get('hour')}:${get('minute')}`;
}

export const deadlineKindNames: Record<string, string> = {
  date: 'дата',
  range: 'период',
  multi: 'несколько периодов',
  whole_period: 'весь период',
  recurring: 'периодически',
  election_relative: 'от дня голосования',
  event_relative: 'от события',
  on_demand: 'по мере необходимости',
  external_schedule: 'по внешнему графику',
  unknown: 'не распознан',
};

export const statusNames: Record<string, string> = {
  draft: 'проект',
  review: 'на согласовании',
  approved: 'утвержден',
  amended: 'утвержден с изменениями',
  executed: 'исполнен',
  archived: 'в архиве',
  closed: 'закрыт',
};

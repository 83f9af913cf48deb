import { describe, expect, it } from 'vitest';
import { checkReport } from './report-rules.js';
import { executorClass } from './executor-class.js';

const w = { windowStart: '2022-01-01', windowEnd: '2022-06-30' };

describe('report rules', () => {
  it.each([
    [{ status: 'done' }, null],
    [{ status: 'done', text: 'Проведено тестирование', metrics: { participants: 42 }, links: ['https://example.org/news/1'] }, null],
    [{ status: 'finished' }, 'status'],
    [{ status: 'moved' }, 'movedTo'],
    [{ status: 'moved', movedTo: '2021-12-31' }, 'movedTo'],
    [{ status: 'moved', movedTo: '2022-09-30' }, null],
    [{ status: 'done', movedTo: '2022-09-30' }, 'movedTo'],
    [{ status: 'partial' }, 'text'],
    [{ status: 'not_done', text: '  ' }, 'text'],
    [{ status: 'cancelled', text: 'Мероприятие отменено решением комиссии' }, null],
    [{ status: 'done', metrics: { participants: -1 } }, 'metrics'],
    [{ status: 'done', metrics: { participants: Number.NaN } }, 'metrics'],
    [{ status: 'done', metrics: { ' ': 3 } }, 'metrics'],
    [{ status: 'done', links: ['javascript:alert(1)'] }, 'links'],
    [{ status: 'done', links: ['не ссылка'] }, 'links'],
  ])('%j → %s', (input, field) => expect(checkReport(input, w)?.field ?? null).toBe(field));
});

describe('classes of bodies among executors', () => {
  it.each([
    ['ТИК', 'territorial'],
    ['ТИКи', 'territorial'],
    ['все ТИК', 'territorial'],
    ['территориальные избирательные комиссии', 'territorial'],
    ['ИКМО', 'municipal'],
    ['избирательные комиссии муниципальных образований', 'municipal'],
    ['УИК', 'precinct'],
    ['участковые избирательные комиссии', 'precinct'],
    ['ТИК Бабынинского района', null],
    ['ИККО', null],
    ['председатели ТИК', null],
  ])('«%s» → %s', (text, cls) => expect(executorClass(text)).toBe(cls));
});

import { describe, expect, it } from 'vitest';
import { importPlan } from './import-plan.js';

// A calendar plan as sites publish it: anchors above a tab table (body reading is not under test here).
const text = [
  'КАЛЕНДАРНЫЙ ПЛАН',
  'мероприятий по подготовке и проведению выборов депутатов Думы города Пскова',
  'Дата официального опубликования (публикации) решения о назначении выборов – 20 июня 2025 года',
  'День голосования – 14 сентября 2025 года',
  '',
  '№\tСодержание мероприятия\tСрок исполнения\tИсполнители',
  '1\tОпубликование списков избирательных участков\tне позднее чем за 40 дней до дня голосования\tГлава города',
  '2\tИнформирование избирателей\tВ период подготовки и проведения выборов\tТИК',
].join('\n');

describe('the anchors of a calendar plan reach the draft and its deadlines', () => {
  it('gives the election its calling date and dates the election-relative deadlines at once', async () => {
    const draft = await importPlan(new TextEncoder().encode(text));
    expect(draft.elections).toEqual([
      {
        name: 'Выборы депутатов Думы города Пскова',
        votingDay: '2025-09-14',
        calledOn: '2025-06-20',
        events: [{ name: 'Официальное опубликование решения о назначении выборов', date: '2025-06-20' }],
      },
    ]);
    expect(draft.kind).toBe('calendar');
    const [first, second] = draft.items;
    // The exact day is the engine's business (ст. 11.1 67-ФЗ); here: it has a date in August.
    expect(first!.deadline).toMatchObject({ kind: 'election_relative' });
    expect(first!.deadline!.windows.at(-1)?.end).toMatch(/^2025-08-0\d$/);
    // From the calling to voting day: only possible because calledOn reached the engine.
    expect(second!.deadline!.windows).toEqual([{ start: '2025-06-20', end: '2025-09-14' }]);
    expect(draft.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/Дата назначения выборов/));
  });
});

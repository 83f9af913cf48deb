import { describe, expect, it } from 'vitest';
import { dateChangeText, executorDigest } from './digest.js';

const change = {
  planTitle: 'Календарный план выборов',
  itemNumber: '3',
  itemTitle: 'Образовать избирательные участки',
  before: ['2027-08-04'],
  after: ['2027-08-11'],
  cause: 'Выборы депутатов',
};

describe('executor digest with moved dates', () => {
  it('says what moved, from when to when and why', () => {
    const d = executorDigest({ displayName: 'ТИК', days: 7, occurrences: [], changes: [change], appUrl: null });
    expect(d.subject).toBe('Planik: изменены сроки мероприятий — 1');
    expect(d.text).toContain('Изменены сроки (1):');
    expect(d.text).toContain('3 Образовать избирательные участки — срок изменён: было 04.08.2027, стало 11.08.2027 (перенесено: Выборы депутатов)');
    expect(d.itemCount).toBe(1);
  });

  it('names an undated side «ожидает даты»', () => {
    expect(dateChangeText({ before: ['2027-08-04'], after: [] })).toBe('срок изменён: было 04.08.2027, стало без даты');
    expect(dateChangeText({ before: [], after: ['2027-08-04', '2027-09-01'] })).toBe('срок изменён: было без даты, стало 04.08.2027, 01.09.2027');
  });

  it('keeps the usual subject when something is due', () => {
    const d = executorDigest({
      displayName: 'ТИК',
      days: 7,
      occurrences: [
        {
          planTitle: 'План',
          itemNumber: '1',
          itemTitle: 'Совещание',
          dueDate: '2027-08-02',
          executorLabel: 'ТИК',
          overdue: false,
          moved: false,
          needsRework: false,
        },
      ],
      changes: [change],
      appUrl: null,
    });
    expect(d.subject).toBe('Planik: срок исполнения наступает — 1');
    expect(d.itemCount).toBe(2);
  });
});

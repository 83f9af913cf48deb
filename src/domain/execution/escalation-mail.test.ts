import { describe, expect, it } from 'vitest';
import { daysRu, escalationDigest, type EscalationMailNotice } from './escalation-mail.js';

const notice = (over: Partial<EscalationMailNotice>): EscalationMailNotice => ({
  level: 'controller',
  planTitle: 'План работы',
  itemNumber: '1.1',
  itemTitle: 'Совещание',
  executorLabel: 'ТИК Бабынинского района',
  dueDate: '2026-03-31',
  daysOverdue: 6,
  ...over,
});

describe('daysRu', () => {
  it.each([
    [1, '1 день'],
    [2, '2 дня'],
    [4, '4 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [12, '12 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [111, '111 дней'],
  ])('%i → %s', (n, text) => expect(daysRu(n)).toBe(text));
});

describe('escalationDigest', () => {
  it('names each late executor with the deadline and the delay, grouped by level and plan, longest delay first', () => {
    const d = escalationDigest({
      displayName: 'Иванова И.И.',
      notices: [
        notice({ itemNumber: '1.1', daysOverdue: 6 }),
        notice({ itemNumber: '2.3', daysOverdue: 21, level: 'higher', executorLabel: 'ТИК Боровского района' }),
      ],
      appUrl: 'https://planik.test/',
    });
    expect(d.subject).toBe('Planik: просрочены отчеты исполнителей — 2');
    expect(d.itemCount).toBe(2);
    const lines = d.text.split('\n');
    expect(lines[0]).toBe('Здравствуйте, Иванова И.И.!');
    expect(d.text).toContain('Исполнители не представили отчеты по плану вашей комиссии (1):');
    expect(d.text).toContain('    • 1.1 Совещание — ТИК Бабынинского района: срок 31.03.2026, просрочено на 6 дней');
    expect(d.text).toContain('Подведомственные комиссии не представили отчеты (1):');
    expect(d.text).toContain('ТИК Боровского района: срок 31.03.2026, просрочено на 21 день');
    expect(d.text.indexOf('вашей комиссии (1)')).toBeLessThan(d.text.indexOf('Подведомственные'));
    expect(d.text).toContain('https://planik.test/notices');
  });

  it('tells an executor its own missing reports, without a link when no public address is set', () => {
    const d = escalationDigest({ displayName: 'ТИК', notices: [notice({ level: 'executor', daysOverdue: 1 })], appUrl: null });
    expect(d.subject).toBe('Planik: не представлено отчетов — 1');
    expect(d.text).toContain('Не представлены отчеты вашей комиссии (1):');
    expect(d.text).toContain('просрочено на 1 день');
    expect(d.text).not.toContain('/notices');
  });
});

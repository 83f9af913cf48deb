import { describe, expect, it } from 'vitest';
import { subsetOptions, type ExportableItem } from './export-subset';

const item = (number: string, title: string, executors: string[] = [], children: ExportableItem[] = [], kind = 'item'): ExportableItem => ({
  number,
  title,
  kind,
  executors: executors.map((text) => ({ text })),
  children,
});

describe('subsetOptions', () => {
  it('offers top-level sections, distinct executors in Russian order and the months of the period', () => {
    const plan = {
      id: 'p',
      published: false,
      period: { start: '2024-11-01', end: '2025-02-28' },
      items: [
        item('1', 'Организационные мероприятия', [], [item('1.1', 'Совещание', ['ТИК', 'ИККО']), item('1.2', 'Семинар', ['ИККО'])], 'section'),
        item('2', 'Обучение', ['Аппарат ИККО']),
      ],
    };
    const options = subsetOptions(plan);
    expect(options.sections).toEqual([{ value: '1', label: '1. Организационные мероприятия' }]);
    expect(options.executors.map((e) => e.value)).toEqual(['Аппарат ИККО', 'ИККО', 'ТИК']);
    expect(options.months).toEqual([
      { value: '2024-11', label: 'Ноябрь 2024' },
      { value: '2024-12', label: 'Декабрь 2024' },
      { value: '2025-01', label: 'Январь 2025' },
      { value: '2025-02', label: 'Февраль 2025' },
    ]);
  });

  it('a plan without a period has no months', () => {
    expect(subsetOptions({ id: 'p', published: false, period: null, items: [] }).months).toEqual([]);
  });
});

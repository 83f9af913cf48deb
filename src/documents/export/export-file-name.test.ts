import { describe, expect, it } from 'vitest';
import { exportFileName } from './render-export.js';

describe('exportFileName', () => {
  it.each([
    ['План работы на 2024 год', 'docx', 'План работы на 2024 год.docx'],
    ['План мероприятий на 2022 г.', 'docx', 'План мероприятий на 2022 г.docx'],
    ['План: «ИКМО»/ТИК?', 'pdf', 'План «ИКМО» ТИК.pdf'],
    ['   ', 'xlsx', 'План.xlsx'],
    ['...', 'csv', 'План.csv'],
  ] as const)('%s → %s', (title, format, expected) => {
    expect(exportFileName(title, format)).toBe(expected);
  });

  it('cuts a long title at a word boundary, not mid-word', () => {
    const title = `Сводный план основных мероприятий по обучению организаторов выборов и референдумов, повышению правовой культуры избирателей на 2022 год`;
    const name = exportFileName(title, 'docx');
    const base = name.slice(0, -'.docx'.length);
    expect(base.length).toBeLessThanOrEqual(120);
    expect(title.startsWith(base)).toBe(true);
    expect(title[base.length]).toBe(' ');
    expect(base).not.toMatch(/[,\s]$/);
  });

  it('cuts a title without spaces at the limit', () => {
    expect(exportFileName('Ж'.repeat(300), 'pdf')).toBe(`${'Ж'.repeat(120)}.pdf`);
  });
});

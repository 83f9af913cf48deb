import { describe, expect, it } from 'vitest';
import { BOM, planToCsv } from './csv.writer.js';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, seedExportPlan } from './export-plan.fixture.js';
import { countItems } from './plan-rows.js';

/** A strict reader for what the writer promises: `;`, double quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('UTF-8 with BOM, a header and one row per item', async () => {
    const plan = await seedExportPlan('kaluga-program-and-plan-2022.txt');
    const csv = planToCsv(plan);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['№', 'Уровень', 'Вид']);
    expect(rows).toHaveLength(countItems(plan.items) + 1);
    const row = rows.find((r) => r[0] === '1.4')!;
    expect(row).toContain('До 1 февраля');
    expect(row).toContain('2022-02-01');
  });

  it('quotes separators, quotes and line breaks; strips invalid characters', () => {
    const plan: ExportPlan = generatedPlan(2);
    plan.items[0]!.children[0]!.title = 'Семинар «ТИК»; "выездной"\nв два дня\u0007';
    const rows = parseCsv(planToCsv(plan).slice(1));
    expect(rows[2]![3]).toBe('Семинар «ТИК»; "выездной"\nв два дня');
    expect(rows).toHaveLength(3);
  });

  it('executors are joined with semicolons in one cell', async () => {
    const plan = await seedExportPlan('kuzbass-training-plan-2022.txt');
    const rows = parseCsv(planToCsv(plan).slice(1));
    expect(rows.find((r) => r[0] === '1.2.1')).toContain('ЦИК РФ; РЦОИТ при ЦИК России; ИККО – Кузбасса');
  });
});

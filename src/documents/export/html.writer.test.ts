import { describe, expect, it } from 'vitest';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, seedExportPlan } from './export-plan.fixture.js';
import { escapeHtml, planToHtml } from './html.writer.js';
import { planRows } from './plan-rows.js';

const links = { jsonUrl: '/api/public/plans/x.json', csvUrl: '/api/public/plans/x.csv' };

describe('public page HTML', () => {
  it('escapes every piece of plan text', () => {
    const plan: ExportPlan = generatedPlan(2);
    plan.title = '<script>alert(1)</script> План';
    plan.items[0]!.children[0]!.title = '<img src=x onerror=alert(1)>';
    plan.items[0]!.children[0]!.executors = [{ text: '"><b>ТИК</b>', kind: 'organization', role: 'responsible' }];
    plan.abbreviations = [{ short: '<i>', full: 'x & y' }];
    const html = planToHtml(plan, links);
    expect(html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; План');
    expect(html).toContain('&quot;&gt;&lt;b&gt;ТИК&lt;/b&gt;');
    expect(html).toContain('x &amp; y');
  });

  it('a table with column and row headers, the approval details, the last change and open-data links', async () => {
    const plan = await seedExportPlan('kuzbass-training-plan-2022.txt');
    const html = planToHtml(plan, links);
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(html).toContain('<th scope="col">№ п/п</th>');
    for (const { item } of planRows(plan.items)) expect(html).toContain(`<th scope="row">${item.number}</th>`);
    expect(html).toContain('УТВЕРЖДЕН<br>постановлением Избирательной комиссии Кемеровской области – Кузбасса<br>от 27 декабря 2021 г. № 3/20-7');
    expect(html).toContain('<dt>Последнее изменение</dt><dd><time datetime="2024-01-15T09:30:00.000Z">15 января 2024 г., 12:30</time></dd>');
    expect(html).toContain('href="/api/public/plans/x.csv"');
    expect(html).toContain('Список используемых сокращений');
    expect(html).not.toContain('<script');
  });

  it('escapeHtml strips XML-invalid characters too', () => {
    expect(escapeHtml('a\u0000<b')).toBe('a&lt;b');
  });
});

import { approvalLines } from './approval-block.js';
import type { ExportPlan } from './export-plan.js';
import { glossaryLines, GLOSSARY_HEADING } from './glossary.js';
import { planRows } from './plan-rows.js';
import { ruDateTime, ruShortDate, statusNames } from './ru-format.js';
import { cellText, tableColumns } from './table-columns.js';
import { cellLines, xmlSafe } from './xml-text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every piece of plan text passes through here: a plan is user input. */
export function escapeHtml(text: string | null | undefined): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function multiline(text: string): string {
  return cellLines(text).map(escapeHtml).join('<br>');
}

export interface HtmlOptions {
  /** Links to the same plan as open data. */
  jsonUrl: string;
  csvUrl: string;
}

const STYLE = `
:root{color-scheme:light;font-family:"Times New Roman",Times,"Liberation Serif",serif;color:#111;background:#fff}
body{margin:0;padding:1.5rem;line-height:1.35}
main{max-width:110rem;margin:0 auto}
.org{margin:0 0 .5rem;font-size:1rem}
.approval{margin:0 0 1rem auto;max-width:26rem;white-space:pre-line}
h1{font-size:1.35rem;text-align:center;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dl.meta dt{font-weight:bold}
dl.meta dd{margin:0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #444;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:#eee;text-align:center}
tbody th[scope=row]{font-weight:normal;white-space:nowrap}
tr.section th{background:#f4f4f4;font-weight:bold}
tr.level-1 th.section-title{text-align:center}
dl.glossary dt{font-weight:bold;float:left;clear:left;margin-right:.5rem}
dl.glossary dd{margin:0 0 .25rem}
a{color:#0645ad}
a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
footer{max-width:110rem;margin:2rem auto 0;font-size:.85rem;color:#444}
@media print{.open-data,footer{display:none}body{padding:0}}
`;

/**
 * The public page of a published plan: read-only, server-rendered, no scripts,
 * accessible (landmarks, a real table with column and row headers, a caption),
 * printable and embeddable in a commission's website.
 */
export function planToHtml(plan: ExportPlan, options: HtmlOptions): string {
  const columns = tableColumns(plan);
  const approval = approvalLines(plan);
  const zone = plan.organization?.timeZone ?? 'Europe/Moscow';
  const out: string[] = [];
  out.push('<!doctype html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(plan.title)}</title>`);
  out.push(`<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<header>`);
  if (plan.organization) out.push(`<p class="org">${escapeHtml(plan.organization.name)}</p>`);
  if (approval.length) out.push(`<p class="approval">${approval.map(escapeHtml).join('<br>')}</p>`);
  out.push(`<h1>${escapeHtml(plan.title)}</h1>`);
  out.push('<dl class="meta">');
  out.push(`<dt>Статус</dt><dd>${escapeHtml(statusNames[plan.status] ?? plan.status)}</dd>`);
  const a = plan.approval;
  if (a && (a.authority || a.date || a.number)) {
    const act = [a.authority ?? '', a.date ? `от ${ruShortDate(a.date)}` : '', a.number ? `№ ${a.number}` : ''].filter(Boolean).join(' ');
    out.push(`<dt>Утверждение</dt><dd>${escapeHtml(act)}</dd>`);
  }
  if (plan.period) out.push(`<dt>Период</dt><dd>${escapeHtml(`${ruShortDate(plan.period.start)} – ${ruShortDate(plan.period.end)}`)}</dd>`);
  out.push(`<dt>Последнее изменение</dt><dd><time datetime="${escapeHtml(plan.updatedAt)}">${escapeHtml(ruDateTime(plan.updatedAt, zone))}</time></dd>`);
  out.push('</dl>');
  out.push(
    `<p class="open-data">Открытые данные: <a href="${escapeHtml(options.jsonUrl)}" type="application/json">JSON</a>, <a href="${escapeHtml(options.csvUrl)}" type="text/csv">CSV</a></p>`,
  );
  out.push('</header>');

  out.push('<div class="table-wrap">\n<table>');
  out.push(`<caption>Мероприятия плана</caption>`);
  out.push(`<thead><tr>${columns.map((c) => `<th scope="col">${multiline(c.title)}</th>`).join('')}</tr></thead>\n<tbody>`);
  for (const { item, level } of planRows(plan.items)) {
    const id = `item-${escapeHtml(item.id)}`;
    if (item.kind === 'section') {
      out.push(
        `<tr id="${id}" class="section level-${Math.min(level, 6)}"><th scope="row">${escapeHtml(item.number)}</th><th scope="colgroup" colspan="${columns.length - 1}" class="section-title">${multiline(item.title)}</th></tr>`,
      );
      continue;
    }
    const cells = columns.map((c) => (c.role === 'number' ? `<th scope="row">${escapeHtml(item.number)}</th>` : `<td>${multiline(cellText(item, c, columns))}</td>`));
    out.push(`<tr id="${id}">${cells.join('')}</tr>`);
  }
  out.push('</tbody>\n</table>\n</div>');

  const glossary = glossaryLines(plan);
  if (glossary.length) {
    out.push(`<section aria-labelledby="glossary-heading">\n<h2 id="glossary-heading">${GLOSSARY_HEADING}</h2>\n<dl class="glossary">`);
    for (const abbr of plan.abbreviations.filter((x) => x.short.trim())) out.push(`<dt>${escapeHtml(abbr.short)}</dt><dd>– ${escapeHtml(abbr.full)}</dd>`);
    out.push('</dl>\n</section>');
  }
  out.push('</main>');
  out.push(`<footer><p>Опубликовано в системе планирования Planik. Страница только для чтения.</p></footer>`);
  out.push('</body>\n</html>\n');
  return out.join('\n');
}

/** A plain 404 page in the same style (unknown or unpublished plan). */
export function notFoundHtml(): string {
  return `<!doctype html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>План не найден</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<h1>План не найден</h1>\n<p>План не существует или снят с публикации.</p>\n</main>\n</body>\n</html>\n`;
}

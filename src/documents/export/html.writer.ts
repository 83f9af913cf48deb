import { approvalLines } from './approval-block.js';
import type { ExportPlan } from './export-plan.js';
import { glossaryLines } from './glossary.js';
import { documentTexts } from './document-texts.js';
import { kyLongDate } from '../../domain/locale/ky-date.js';
import type { Locale } from '../../shared/locale.js';
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
  /** The language of the page's own texts; the plan's texts stay as written. */
  lang?: Locale | undefined;
  /** The page itself without a query (the language links add «?lang=…»). */
  pageUrl?: string | undefined;
}

interface PageTexts {
  status: string;
  approval: string;
  period: string;
  changed: string;
  openData: string;
  caption: string;
  footer: string;
  statuses: Record<string, string>;
  dateTime: (iso: string, zone: string) => string;
  shortDate: (iso: string) => string;
  notFoundTitle: string;
  notFoundText: string;
}

export const PAGE_TEXTS: Record<Locale, PageTexts> = {
  ru: {
    status: 'Статус',
    approval: 'Утверждение',
    period: 'Период',
    changed: 'Последнее изменение',
    openData: 'Открытые данные',
    caption: 'Мероприятия плана',
    footer: 'Опубликовано в системе планирования Planik. Страница только для чтения.',
    statuses: statusNames,
    dateTime: ruDateTime,
    shortDate: ruShortDate,
    notFoundTitle: 'План не найден',
    notFoundText: 'План не существует или снят с публикации.',
  },
  ky: {
    status: 'Статусу',
    approval: 'Бекитилиши',
    period: 'Мезгили',
    changed: 'Акыркы өзгөртүү',
    openData: 'Ачык маалыматтар',
    caption: 'Пландын иш-чаралары',
    footer: 'Planik пландоо системасында жарыяланды. Бет окуу үчүн гана.',
    statuses: {
      draft: 'долбоор',
      review: 'макулдашууда',
      approved: 'бекитилген',
      amended: 'өзгөртүүлөр менен бекитилген',
      executed: 'аткарылган',
      archived: 'архивде',
      closed: 'жабылган',
    },
    dateTime: (iso, zone) =>
      ruDateTime(iso, zone).replace(/^(.*), (\d\d:\d\d)$/, (_m, _date: string, time: string) => `${kyLongDate(zonedDay(iso, zone))}, ${time}`),
    shortDate: ruShortDate,
    notFoundTitle: 'План табылган жок',
    notFoundText: 'План жок же жарыялоодон алынган.',
  },
};

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
function zonedDay(iso: string, zone: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** The language a plan is written in, for the lang attribute of its own texts: Kyrgyz letters decide. */
function planLanguage(plan: ExportPlan): Locale {
  const sample = [plan.title, ...plan.items.slice(0, 20).map((i) => i.title)].join(' ');
  return /[ңөүҢӨҮ]/.test(sample) ? 'ky' : 'ru';
}

/** «Кыргызча | Русский»: each link named in its own language, the current one marked. */
function languageLinks(pageUrl: string, current: Locale): string {
  const link = (lang: Locale, name: string) =>
    `<a href="${escapeHtml(`${pageUrl}?lang=${lang}`)}" lang="${lang}" hreflang="${lang}"${lang === current ? ' aria-current="page"' : ''}>${name}</a>`;
  return `<nav class="languages" aria-label="${current === 'ky' ? 'Тил' : 'Язык'}">${link('ky', 'Кыргызча')} · ${link('ru', 'Русский')}</nav>`;
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
nav.languages{max-width:110rem;margin:0 auto .5rem;text-align:right}
nav.languages a[aria-current]{font-weight:bold;color:#111;text-decoration:none}
@media print{.open-data,footer,nav.languages{display:none}body{padding:0}}
`;

/**
 * The public page of a published plan: read-only, server-rendered, no scripts,
 * accessible (landmarks, a real table with column and row headers, a caption),
 * printable and embeddable in a commission's website.
 */
export function planToHtml(plan: ExportPlan, options: HtmlOptions): string {
  const lang: Locale = options.lang ?? 'ru';
  const texts = PAGE_TEXTS[lang];
  // The plan's own texts keep their language: a Russian plan on the Kyrgyz page is marked lang="ru".
  const own = planLanguage(plan);
  const ownLang = own === lang ? '' : ` lang="${own}"`;
  const columns = tableColumns(plan, lang);
  const approval = approvalLines(plan, lang);
  const zone = plan.organization?.timeZone ?? 'Europe/Moscow';
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<title${ownLang}>${escapeHtml(plan.title)}</title>`);
  out.push(`<style>${STYLE}</style>\n</head>\n<body>\n`);
  if (options.pageUrl) out.push(languageLinks(options.pageUrl, lang));
  out.push('<main>\n<header>');
  if (plan.organization) out.push(`<p class="org"${ownLang}>${escapeHtml(plan.organization.name)}</p>`);
  if (approval.length) out.push(`<p class="approval">${approval.map(escapeHtml).join('<br>')}</p>`);
  out.push(`<h1${ownLang}>${escapeHtml(plan.title)}</h1>`);
  out.push('<dl class="meta">');
  out.push(`<dt>${texts.status}</dt><dd>${escapeHtml(texts.statuses[plan.status] ?? plan.status)}</dd>`);
  const a = plan.approval;
  if (a && (a.authority || a.date || a.number)) {
    const act = [a.authority ?? '', a.date ? (lang === 'ky' ? texts.shortDate(a.date) : `от ${ruShortDate(a.date)}`) : '', a.number ? `№ ${a.number}` : '']
      .filter(Boolean)
      .join(lang === 'ky' ? ', ' : ' ');
    out.push(`<dt>${texts.approval}</dt><dd${ownLang}>${escapeHtml(act)}</dd>`);
  }
  if (plan.period) out.push(`<dt>${texts.period}</dt><dd>${escapeHtml(`${texts.shortDate(plan.period.start)} – ${texts.shortDate(plan.period.end)}`)}</dd>`);
  out.push(`<dt>${texts.changed}</dt><dd><time datetime="${escapeHtml(plan.updatedAt)}">${escapeHtml(texts.dateTime(plan.updatedAt, zone))}</time></dd>`);
  out.push('</dl>');
  out.push(
    `<p class="open-data">${texts.openData}: <a href="${escapeHtml(options.jsonUrl)}" type="application/json">JSON</a>, <a href="${escapeHtml(options.csvUrl)}" type="text/csv">CSV</a></p>`,
  );
  out.push('</header>');

  out.push('<div class="table-wrap">\n<table>');
  out.push(`<caption>${texts.caption}</caption>`);
  out.push(`<thead><tr>${columns.map((c) => `<th scope="col">${multiline(c.title)}</th>`).join('')}</tr></thead>\n<tbody${ownLang}>`);
  for (const { item, level } of planRows(plan.items)) {
    const id = `item-${escapeHtml(item.id)}`;
    if (item.kind === 'section') {
      out.push(
        `<tr id="${id}" class="section level-${Math.min(level, 6)}"><th scope="row">${escapeHtml(item.number)}</th><th scope="colgroup" colspan="${columns.length - 1}" class="section-title">${multiline(item.title)}</th></tr>`,
      );
      continue;
    }
    const cells = columns.map((c) =>
      c.role === 'number' ? `<th scope="row">${escapeHtml(item.number)}</th>` : `<td>${multiline(cellText(item, c, columns))}</td>`,
    );
    out.push(`<tr id="${id}">${cells.join('')}</tr>`);
  }
  out.push('</tbody>\n</table>\n</div>');

  const glossary = glossaryLines(plan);
  if (glossary.length) {
    out.push(
      `<section aria-labelledby="glossary-heading">\n<h2 id="glossary-heading">${documentTexts(lang).glossaryHeading}</h2>\n<dl class="glossary"${ownLang}>`,
    );
    for (const abbr of plan.abbreviations.filter((x) => x.short.trim())) out.push(`<dt>${escapeHtml(abbr.short)}</dt><dd>– ${escapeHtml(abbr.full)}</dd>`);
    out.push('</dl>\n</section>');
  }
  out.push('</main>');
  out.push(`<footer><p>${texts.footer}</p></footer>`);
  out.push('</body>\n</html>\n');
  return out.join('\n');
}

/** A plain 404 page in the same style (unknown or unpublished plan). */
export function notFoundHtml(lang: Locale = 'ru'): string {
  const texts = PAGE_TEXTS[lang];
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${texts.notFoundTitle}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${texts.notFoundTitle}</h1>\n<p>${texts.notFoundText}</p>\n</main>\n</body>\n</html>\n`;
}

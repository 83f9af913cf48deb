import { emptyTally, addToTally, executedShare, type Group, type Outcome, type Tally } from '../../domain/execution/progress.js';
import { todayIn, type OccurrenceStatus } from '../../domain/execution/occurrence-state.js';
import { reportingPeriodLabel } from '../../domain/execution/reporting-periods.js';
import { ruLongDate, ruShortDate } from './ru-format.js';
import { kyGeneratedLine, kyPeriodLabel, outcomeName, reportLabels, type ReportLabels } from './execution-report-texts.js';
import type { Locale } from '../../shared/locale.js';

/**
 * The execution report of a plan for a period («Отчет об исполнении плана … за
 * I полугодие 2022 г.»): what was planned, who was to do it, the deadline, what
 * each executor reported, totals by section and executor, and the narrative a
 * secretary pastes into the resolution. Pure: the service gives the data, the
 * DOCX and PDF writers lay the model out.
 */
export interface ExecutionReportSource {
  plan: { title: string; organizationName: string | null; approval: string | null };
  from: string;
  to: string;
  generatedAt: string;
  timeZone: string;
  indicators: { key: string; title: string }[];
  /** Occurrences of the period in item order. */
  entries: ExecutionReportEntry[];
  /** Items of the plan that still await a date (listed apart). */
  awaitingCount: number;
  /** Reports on deadlines of an earlier, closed period that came after its closing, within this period. */
  late?: ExecutionReportLate[];
}

export interface ExecutionReportLate {
  number: string;
  title: string;
  executorLabel: string;
  dueDate: string;
  submittedAt: string;
  closedPeriodLabel: string;
  accepted: boolean;
}

export interface ExecutionReportEntry {
  sectionKey: string;
  sectionLabel: string;
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  deadlineText: string | null;
  executorLabel: string;
  windowStart: string | null;
  windowEnd: string | null;
  status: OccurrenceStatus;
  outcome: Outcome;
  /** An external participant the plan's owner reports on (not an overdue non-reporter). */
  external?: boolean;
  /** Deadline moves approved on the executor's request, oldest first: «перенесено на …, основание …». */
  extensions?: { date: string; reason: string }[];
  /** Reports that count (returned ones are left out), oldest first. */
  reports: {
    statusName: string;
    text: string | null;
    metrics: Record<string, number>;
    links: string[];
    fileNames: string[];
    reviewStatus: string;
    createdAt: string;
    late?: boolean;
  }[];
}

export interface ExecutionReportRow {
  executorLabel: string;
  deadline: string;
  outcomeName: string;
  outcome: Outcome;
  information: string;
}

export interface ExecutionReportItem {
  number: string;
  title: string;
  rows: ExecutionReportRow[];
}

export interface ExecutionReportSection {
  label: string;
  items: ExecutionReportItem[];
}

export interface ExecutionReportModel {
  title: string;
  subtitle: string;
  periodLabel: string;
  organizationName: string | null;
  approval: string | null;
  generatedLine: string;
  sections: ExecutionReportSection[];
  totals: Tally;
  bySection: Group[];
  byExecutor: Group[];
  figures: { title: string; total: number }[];
  overdue: { number: string; title: string; executorLabel: string; dueDate: string }[];
  late: ExecutionReportLate[];
  narrative: string[];
  resolution: string[];
  empty: boolean;
  /** The report's fixed texts (headings, columns) in the language it was built in. */
  labels: ReportLabels;
}

export const tallyColumns: { key: keyof Tally; title: string }[] = [
  { key: 'total', title: 'Всего' },
  { key: 'done', title: 'Исполнено' },
  { key: 'partial', title: 'Частично' },
  { key: 'not_done', title: 'Не исполнено' },
  { key: 'moved', title: 'Перенесено' },
  { key: 'cancelled', title: 'Отменено' },
  { key: 'submitted', title: 'На проверке' },
  { key: 'overdue', title: 'Просрочено' },
  { key: 'open', title: 'Срок не наступил' },
  { key: 'external', title: 'Внешние участники' },
];

function plural(n: number, forms: [string, string, string]): string {
  const m100 = Math.abs(n) % 100;
  const m10 = m100 % 10;
  if (m100 >= 11 && m100 <= 14) return forms[2];
  if (m10 === 1) return forms[0];
  if (m10 >= 2 && m10 <= 4) return forms[1];
  return forms[2];
}

const events = (n: number) => `${n} ${plural(n, ['мероприятие', 'мероприятия', 'мероприятий'])}`;

function deadlineCell(e: ExecutionReportEntry, lang: Locale): string {
  const ky = lang === 'ky';
  const window =
    e.windowStart && e.windowEnd
      ? e.windowStart === e.windowEnd
        ? ruShortDate(e.windowEnd)
        : `${ruShortDate(e.windowStart)} – ${ruShortDate(e.windowEnd)}`
      : ky
        ? 'мөөнөт белгиленген эмес'
        : 'срок не установлен';
  const extended = (e.extensions ?? [])
    .map((x) =>
      ky ? `\nмөөнөтү ${ruShortDate(x.date)} күнүнө жылдырылды, негизи: ${x.reason}` : `\nперенесено на ${ruShortDate(x.date)}, основание: ${x.reason}`,
    )
    .join('');
  const moved =
    e.status.moved && e.status.dueDate
      ? ky
        ? `\nмөөнөтү ${ruShortDate(e.status.dueDate)} күнүнө жылдырылды`
        : `\nперенесено на ${ruShortDate(e.status.dueDate)}`
      : '';
  return e.deadlineText ? `${e.deadlineText}\n(${window})${extended}${moved}` : `${window}${extended}${moved}`;
}

function figuresLine(metrics: Record<string, number>, titles: Map<string, string>): string {
  const parts = Object.entries(metrics).map(([k, v]) => `${titles.get(k) ?? k}: ${v}`);
  return parts.join('; ');
}

function informationCell(e: ExecutionReportEntry, titles: Map<string, string>, lang: Locale): string {
  const ky = lang === 'ky';
  if (!e.reports.length) {
    if (e.outcome === 'external')
      return ky ? 'Тышкы катышуучу: маалыматты пландын түзүүчүсү берет' : 'Внешний участник: информацию представляет составитель плана';
    if (e.outcome === 'open') return ky ? 'Аткаруу мөөнөтү келе элек' : 'Срок исполнения не наступил';
    return ky ? 'Отчет берилген жок' : 'Отчет не представлен';
  }
  return e.reports
    .map((r) => {
      const lines = [r.text?.trim() || (ky ? `(${r.statusName}, түшүндүрмөсүз)` : `(${r.statusName}, без пояснений)`)];
      const figures = figuresLine(r.metrics, titles);
      if (figures) lines.push(figures);
      if (r.links.length) lines.push(`${ky ? 'Шилтемелер' : 'Ссылки'}: ${r.links.join(', ')}`);
      if (r.fileNames.length) lines.push(`${ky ? 'Файлдар' : 'Файлы'}: ${r.fileNames.join(', ')}`);
      if (r.late) lines.push(ky ? '(отчеттук мезгил жабылгандан кийин берилген)' : '(представлен после закрытия отчетного периода)');
      if (r.reviewStatus === 'pending') lines.push(ky ? '(отчет текшерүүдө)' : '(отчет на проверке)');
      return lines.join('\n');
    })
    .join('\n\n');
}

/** A title in «ёлочки», its own quotes turned into „лапки“ so that the quotes nest as Russian typography wants. */
export function quoted(title: string): string {
  const trimmed = title.trim();
  const whole = /^[«"“„].*[»"”“]$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  const inner = whole.replace(/«/g, '„').replace(/»/g, '“');
  return `«${inner}»`;
}

/** «за I полугодие 2022 года», «за 2022 год»: the label of the period spelled out as a resolution writes it. */
export function periodInResolution(label: string): string {
  return label.replace(/(\d{4}) г\.$/, '$1 года');
}

export function buildExecutionReport(src: ExecutionReportSource, lang: Locale = 'ru'): ExecutionReportModel {
  const titles = new Map(src.indicators.map((i) => [i.key, i.title]));
  const ruPeriod = reportingPeriodLabel({ start: src.from, end: src.to });
  const periodLabel = lang === 'ky' ? kyPeriodLabel(ruPeriod, src.from, src.to) : ruPeriod;
  const sections: ExecutionReportSection[] = [];
  const totals = emptyTally();
  const bySection = new Map<string, Group>();
  const byExecutor = new Map<string, Group>();
  const figureTotals = new Map<string, number>();
  for (const e of src.entries) {
    let section = sections[sections.length - 1];
    if (!section || section.label !== e.sectionLabel) sections.push((section = { label: e.sectionLabel, items: [] }));
    let item = section.items[section.items.length - 1];
    if (!item || item.number !== e.itemNumber || item.title !== e.itemTitle)
      section.items.push((item = { number: e.itemNumber, title: e.itemTitle, rows: [] }));
    item.rows.push({
      executorLabel: e.executorLabel,
      deadline: deadlineCell(e, lang),
      outcomeName: outcomeName(e.outcome, lang),
      outcome: e.outcome,
      information: informationCell(e, titles, lang),
    });

    addToTally(totals, e.status, e.external);
    const s = bySection.get(e.sectionKey) ?? { key: e.sectionKey, label: e.sectionLabel, tally: emptyTally() };
    addToTally(s.tally, e.status, e.external);
    bySection.set(e.sectionKey, s);
    const x = byExecutor.get(e.executorLabel) ?? { key: e.executorLabel, label: e.executorLabel, tally: emptyTally() };
    addToTally(x.tally, e.status, e.external);
    byExecutor.set(e.executorLabel, x);
    const current = e.reports[e.reports.length - 1];
    for (const [k, v] of Object.entries(current?.metrics ?? {})) figureTotals.set(k, (figureTotals.get(k) ?? 0) + v);
  }

  const figures = [
    ...src.indicators.filter((i) => figureTotals.has(i.key)).map((i) => ({ title: i.title, total: figureTotals.get(i.key)! })),
    ...[...figureTotals.entries()].filter(([k]) => !titles.has(k)).map(([k, total]) => ({ title: k, total })),
  ];
  const overdue = src.entries
    .filter((e) => e.outcome === 'overdue')
    .map((e) => ({ number: e.itemNumber, title: e.itemTitle, executorLabel: e.executorLabel, dueDate: e.status.dueDate ?? '' }));

  const itemsCount = new Set(src.entries.map((e) => e.itemId)).size;
  if (lang === 'ky') {
    const { narrative, resolution } = kyNarrative(src, { periodLabel, totals, itemsCount, figures, overdue, byExecutor: [...byExecutor.values()] });
    const late = src.late ?? [];
    if (late.length) {
      narrative.push(
        `Отчеттук мезгил жабылгандан кийин ${late.length} иш-чара боюнча отчеттор кечигип берилген: ` +
          late
            .slice(0, 30)
            .map((l) => `${l.number}-п. (${l.executorLabel}, мөөнөтү ${ruShortDate(l.dueDate)}, ${l.closedPeriodLabel}${l.accepted ? '' : ', текшерүүдө'})`)
            .join('; ') +
          '.',
      );
    }
    return {
      title: 'пландын аткарылышы жөнүндө отчет',
      subtitle: src.plan.title,
      periodLabel,
      organizationName: src.plan.organizationName,
      approval: src.plan.approval,
      generatedLine: kyGeneratedLine(generatedOn(src)),
      sections,
      totals,
      bySection: [...bySection.values()],
      byExecutor: [...byExecutor.values()].sort((a, b) => a.label.localeCompare(b.label, 'ru')),
      figures,
      overdue,
      late,
      narrative,
      resolution,
      empty: src.entries.length === 0,
      labels: reportLabels.ky,
    };
  }
  const narrative: string[] = [];
  if (!src.entries.length) {
    narrative.push(`За ${periodLabel} мероприятий со сроком исполнения в этом периоде в плане нет.`);
  } else {
    narrative.push(
      `За ${periodLabel} планом предусмотрено ${events(totals.total)} (пунктов плана — ${itemsCount}). ` +
        `Исполнено в полном объеме — ${totals.done} (${String(executedShare(totals)).replace('.', ',')} %), исполнено частично — ${totals.partial}, ` +
        `не исполнено — ${totals.not_done}, перенесено — ${totals.moved}, отменено — ${totals.cancelled}` +
        (totals.submitted
          ? `; отчеты по ${totals.submitted} ${plural(totals.submitted, ['мероприятию', 'мероприятиям', 'мероприятиям'])} представлены и находятся на проверке`
          : '') +
        '.',
    );
    const missing = totals.overdue + totals.open;
    if (missing) {
      narrative.push(
        `Отчеты не представлены по ${missing} ${plural(missing, ['мероприятию', 'мероприятиям', 'мероприятиям'])}` +
          (totals.overdue ? `, из них срок исполнения истек по ${totals.overdue}` : '') +
          (totals.open ? `; по ${totals.open} срок исполнения еще не наступил` : '') +
          '.',
      );
    }
    if (totals.external) {
      narrative.push(`С участием внешних участников (информацию представляет составитель плана): ${events(totals.external)}.`);
    }
    if (figures.length) narrative.push(`По представленным отчетам: ${figures.map((f) => `${f.title.toLowerCase()} — ${f.total}`).join(', ')}.`);
    const laggards = [...byExecutor.values()]
      .filter((g) => g.tally.overdue + g.tally.not_done > 0)
      .sort((a, b) => b.tally.overdue + b.tally.not_done - (a.tally.overdue + a.tally.not_done));
    if (laggards.length) {
      narrative.push(
        `Не исполнены или не представлены в срок отчеты: ${laggards
          .slice(0, 10)
          .map((g) => `${g.label} — ${g.tally.overdue + g.tally.not_done}`)
          .join('; ')}.`,
      );
    }
  }
  const late = src.late ?? [];
  if (late.length) {
    narrative.push(
      `После закрытия отчетного периода с опозданием представлены отчеты по ${late.length} ${plural(late.length, ['мероприятию', 'мероприятиям', 'мероприятиям'])}: ` +
        late
          .slice(0, 30)
          .map((l) => `п. ${l.number} (${l.executorLabel}, срок ${ruShortDate(l.dueDate)}, ${l.closedPeriodLabel}${l.accepted ? '' : ', на проверке'})`)
          .join('; ') +
        '.',
    );
  }
  if (src.awaitingCount) narrative.push(`Ожидают установления срока (дата выборов или иного события не определена): ${events(src.awaitingCount)}.`);

  const resolution = [`1. Информацию об исполнении плана ${quoted(src.plan.title)} за ${periodInResolution(periodLabel)} принять к сведению (прилагается).`];
  const overdueNumbers = [...new Set(overdue.map((o) => o.number))];
  if (overdueNumbers.length) {
    resolution.push(
      `${resolution.length + 1}. Обратить внимание исполнителей на неисполнение в установленный срок мероприятий, предусмотренных пунктами ${overdueNumbers.slice(0, 30).join(', ')} плана.`,
    );
  }
  if (totals.moved)
    resolution.push(`${resolution.length + 1}. Согласиться с переносом сроков исполнения мероприятий, перенесенных исполнителями (${totals.moved}).`);
  resolution.push(`${resolution.length + 1}. Контроль за исполнением плана возложить на секретаря комиссии.`);

  return {
    title: 'Отчет об исполнении плана',
    subtitle: src.plan.title,
    periodLabel,
    organizationName: src.plan.organizationName,
    approval: src.plan.approval,
    generatedLine: `Сформирован ${ruLongDate(generatedOn(src))} по данным системы Planik`,
    sections,
    totals,
    bySection: [...bySection.values()],
    byExecutor: [...byExecutor.values()].sort((a, b) => a.label.localeCompare(b.label, 'ru')),
    figures,
    overdue,
    late,
    narrative,
    resolution,
    empty: src.entries.length === 0,
    labels: reportLabels.ru,
  };
}

/**
 * The analytic text and the draft decision in Kyrgyz, sentence for sentence as the Russian ones.
 * A noun after a numeral stays singular in Kyrgyz («12 иш-чара»).
 */
function kyNarrative(
  src: ExecutionReportSource,
  m: {
    periodLabel: string;
    totals: Tally;
    itemsCount: number;
    figures: { title: string; total: number }[];
    overdue: { number: string }[];
    byExecutor: Group[];
  },
): { narrative: string[]; resolution: string[] } {
  const { totals, periodLabel } = m;
  const narrative: string[] = [];
  if (!src.entries.length) narrative.push(`${periodLabel} ичинде аткаруу мөөнөтү ушул мезгилге туура келген иш-чаралар планда жок.`);
  else {
    narrative.push(
      `${periodLabel} ичинде план боюнча ${totals.total} иш-чара каралган (пландын пункттары — ${m.itemsCount}). ` +
        `Толук көлөмдө аткарылды — ${totals.done} (${String(executedShare(totals)).replace('.', ',')} %), жарым-жартылай аткарылды — ${totals.partial}, ` +
        `аткарылган жок — ${totals.not_done}, мөөнөтү жылдырылды — ${totals.moved}, жокко чыгарылды — ${totals.cancelled}` +
        (totals.submitted ? `; ${totals.submitted} иш-чара боюнча отчеттор берилип, текшерүүдө турат` : '') +
        '.',
    );
    const missing = totals.overdue + totals.open;
    if (missing) {
      narrative.push(
        `${missing} иш-чара боюнча отчеттор берилген жок` +
          (totals.overdue ? `, анын ичинен ${totals.overdue} боюнча аткаруу мөөнөтү өттү` : '') +
          (totals.open ? `; ${totals.open} боюнча аткаруу мөөнөтү али келе элек` : '') +
          '.',
      );
    }
    if (totals.external) narrative.push(`Тышкы катышуучулардын катышуусу менен (маалыматты пландын түзүүчүсү берет): ${totals.external} иш-чара.`);
    if (m.figures.length) narrative.push(`Берилген отчеттор боюнча: ${m.figures.map((f) => `${f.title.toLowerCase()} — ${f.total}`).join(', ')}.`);
    const laggards = m.byExecutor
      .filter((g) => g.tally.overdue + g.tally.not_done > 0)
      .sort((a, b) => b.tally.overdue + b.tally.not_done - (a.tally.overdue + a.tally.not_done));
    if (laggards.length)
      narrative.push(
        `Аткарылбаган же отчеттору өз убагында берилбеген иш-чаралар: ${laggards
          .slice(0, 10)
          .map((g) => `${g.label} — ${g.tally.overdue + g.tally.not_done}`)
          .join('; ')}.`,
      );
  }
  if (src.awaitingCount) narrative.push(`Мөөнөтүн белгилөөнү күтүүдө (шайлоонун же башка окуянын датасы аныкталган эмес): ${src.awaitingCount} иш-чара.`);

  const resolution = [`1. ${quoted(src.plan.title)} планынын ${periodLabel} ичиндеги аткарылышы жөнүндө маалымат эске алынсын (тиркелет).`];
  const overdueNumbers = [...new Set(m.overdue.map((o) => o.number))];
  if (overdueNumbers.length) {
    resolution.push(
      `${resolution.length + 1}. Аткаруучулардын көңүлү пландын ${overdueNumbers.slice(0, 30).join(', ')} пункттарында каралган иш-чаралардын белгиленген мөөнөттө аткарылбаганына бурулсун.`,
    );
  }
  if (totals.moved)
    resolution.push(
      `${resolution.length + 1}. Аткаруучулар тарабынан жылдырылган иш-чаралардын аткаруу мөөнөттөрүн жылдырууга макулдук берилсин (${totals.moved}).`,
    );
  resolution.push(`${resolution.length + 1}. Пландын аткарылышын көзөмөлдөө комиссиянын катчысына жүктөлсүн.`);
  return { narrative, resolution };
}

/** The day the report was made on the commission's own calendar (a report made at 02:00 in Moscow is dated that day, not the previous UTC day). */
function generatedOn(src: { generatedAt: string; timeZone: string }): string {
  return todayIn(src.timeZone, new Date(src.generatedAt));
}

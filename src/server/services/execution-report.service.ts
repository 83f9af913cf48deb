import type { Locale } from '../../shared/locale.js';
import { buildExecutionReport, type ExecutionReportEntry } from '../../documents/export/execution-report.js';
import { executionReportToDocx } from '../../documents/export/execution-report.docx.js';
import { executionReportToPdf } from '../../documents/export/execution-report.pdf.js';
import { reportStatusNames } from '../../domain/execution/report-rules.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { listIndicators } from '../repositories/indicator.repository.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { listFiles, listReportsOfOccurrences } from '../repositories/report.repository.js';
import { defaultIndicators } from '../../domain/execution/report-rules.js';
import { approvalLines } from '../../documents/export/approval-block.js';
import { missedClosure } from '../../domain/execution/period-closure.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import { reportingPeriodLabel } from '../../domain/execution/reporting-periods.js';
import { listApprovedExtensions } from '../repositories/extension.repository.js';
import { listClosures } from '../repositories/period-closure.repository.js';
import type { ExecutionService } from './execution.service.js';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The execution report of a plan for a period, as data (json) or as the DOCX/PDF document. */
export function createExecutionReportService(db: Db, execution: ExecutionService, now: () => Date = () => new Date()) {
  async function model(ctx: RequestContext, planId: string, from: string, to: string, lang: Locale = 'ru') {
    if (from > to) throw new AppError('validation_failed', 'Начало отчетного периода позже его окончания', { field: 'from' });
    const plan = await execution.planForDashboard(ctx, planId);
    const { list } = await execution.planEntries(db, planId);
    const inPeriod = list.filter((e) => e.dto.windowStart !== null && e.dto.windowEnd !== null && e.dto.windowStart <= to && e.dto.windowEnd >= from);
    const awaitingCount = new Set(list.filter((e) => e.outcome === 'awaiting').map((e) => e.dto.itemId)).size;
    // A lower body's report in its own plan stands for its occurrence of the regional item (rollup).
    const reportSource = (e: (typeof inPeriod)[number]) => e.rolledUpFrom ?? e.dto.id;
    const closures = await listClosures(db, planId);
    const dueOf = (e: (typeof list)[number]) => e.dto.dueDate ?? e.dto.windowEnd;
    // Occurrences of an earlier closed period: their reports that came late, within this period, are listed apart.
    const earlier = closures.length
      ? list.filter((e) => e.dto.windowEnd !== null && e.dto.windowEnd < from && missedClosure(dueOf(e), new Date(8.64e15), closures))
      : [];
    const [reports, earlierReports, extensions, organization, indicators] = await Promise.all([
      listReportsOfOccurrences(db, inPeriod.map(reportSource)),
      listReportsOfOccurrences(
        db,
        earlier.map((e) => e.dto.id),
      ),
      listApprovedExtensions(
        db,
        inPeriod.map((e) => e.dto.id),
      ),
      findOrganization(db, plan.organizationId),
      listIndicators(db, planId),
    ]);
    const timeZone = organization?.timeZone ?? 'Europe/Moscow';
    const late = earlier.flatMap((e) => {
      const r = earlierReports.filter((x) => x.occurrenceId === e.dto.id && x.reviewStatus !== 'returned').at(-1);
      // The day it came, on the commission's calendar (the period's bounds are calendar days there).
      const day = r ? todayIn(timeZone, r.createdAt) : undefined;
      const closure = r ? missedClosure(dueOf(e), r.createdAt, closures) : null;
      if (!r || !closure || !day || day < from || day > to) return [];
      return [
        {
          number: e.dto.itemNumber,
          title: e.dto.itemTitle,
          executorLabel: e.dto.executorLabel,
          dueDate: dueOf(e)!,
          submittedAt: r.createdAt.toISOString(),
          closedPeriodLabel: reportingPeriodLabel({ start: closure.periodStart, end: closure.periodEnd }),
          accepted: r.reviewStatus === 'accepted',
        },
      ];
    });
    const files = new Map((await listFiles(db, [...new Set(reports.flatMap((r) => r.fileIds))])).map((f) => [f.id, f.name]));
    const entries: ExecutionReportEntry[] = inPeriod.map((e) => ({
      sectionKey: e.sectionKey,
      sectionLabel: e.sectionLabel,
      itemId: e.dto.itemId,
      itemNumber: e.dto.itemNumber,
      itemTitle: e.dto.itemTitle,
      deadlineText: e.dto.deadlineText,
      executorLabel: e.dto.executorLabel,
      windowStart: e.dto.windowStart,
      windowEnd: e.dto.windowEnd,
      status: e.dto._status,
      outcome: e.outcome,
      external: e.external,
      extensions: extensions.filter((x) => x.occurrenceId === e.dto.id).map((x) => ({ date: x.requestedDate, reason: x.reason })),
      reports: reports
        .filter((r) => r.occurrenceId === reportSource(e) && r.reviewStatus !== 'returned')
        .map((r) => ({
          statusName: reportStatusNames[r.status as keyof typeof reportStatusNames] ?? r.status,
          text: r.text,
          metrics: r.metrics,
          links: r.links,
          fileNames: r.fileIds.map((id) => files.get(id) ?? '').filter(Boolean),
          reviewStatus: r.reviewStatus,
          createdAt: r.createdAt.toISOString(),
          late: missedClosure(dueOf(e), r.createdAt, closures) !== null,
        })),
    }));
    const grif = approvalLines(
      {
        title: plan.title,
        description: plan.description,
        approval: { kind: plan.approvalKind, authority: plan.approvalAuthority, date: plan.approvalDate, number: plan.approvalNumber },
        revision: plan.revisionAct,
      },
      lang,
    );
    const approval = grif.length
      ? grif
          .join(' ')
          .replace(/^УТВЕРЖДЕН(О?)/, (_m, o: string) => `Утвержден${o}`)
          .replace(/^БЕКИТЕМИН/, 'Бекитемин:')
      : null;
    return buildExecutionReport(
      {
        plan: { title: plan.title, organizationName: organization?.name ?? null, approval },
        from,
        to,
        generatedAt: now().toISOString(),
        timeZone,
        indicators: indicators.length ? indicators : defaultIndicators,
        entries,
        awaitingCount,
        late,
      },
      lang,
    );
  }

  return {
    model,
    async document(ctx: RequestContext, planId: string, q: { from: string; to: string; format: 'docx' | 'pdf'; lang?: Locale | undefined }) {
      const m = await model(ctx, planId, q.from, q.to, q.lang);
      const bytes = q.format === 'pdf' ? await executionReportToPdf(m) : await executionReportToDocx(m);
      const fileName = `${m.labels.fullTitle(q.lang === 'ky' ? m.title : 'Отчет об исполнении плана', m.periodLabel)}.${q.format}`;
      return { bytes, contentType: MIME[q.format], fileName };
    },
  };
}

export type ExecutionReportService = ReturnType<typeof createExecutionReportService>;

import { Alert, Anchor, Badge, Button, Card, Drawer, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate, intlLocale, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useOccurrence } from '../api/occurrence';
import { useReviewReport } from '../api/review-report';
import { daysBetween, fileSize, ink, reviewLabels } from '../model/texts';
import type { OccurrenceDetail, Report } from '../model/types';
import { ExtensionPanel } from './extension-panel';
import { ReportForm } from './report-form';
import { PaperclipIcon } from '../../../components/ui/icons';

export function StateBadge({ state, dueDate, today, needsRework }: { state: string; dueDate: string | null; today: string; needsRework?: boolean }) {
  if (needsRework) return <Badge color={ink.orange}>{t('execution.state.rework')}</Badge>;
  if (state === 'done') return <Badge color={ink.green}>{t('execution.state.done')}</Badge>;
  if (state === 'awaiting') return <Badge color={ink.gray}>{t('execution.state.awaiting')}</Badge>;
  if (state === 'overdue' && dueDate) {
    return (
      <Group gap={4} wrap="nowrap">
        <Badge color={ink.red}>{t('execution.state.overdue')}</Badge>
        <Text size="xs" c={ink.red}>
          {t('execution.state.overdueDays', { n: daysBetween(dueDate, today) })}
        </Text>
      </Group>
    );
  }
  return <Badge color={ink.blue}>{t('execution.state.due', { date: formatDate(dueDate) })}</Badge>;
}

function windowText(o: Pick<OccurrenceDetail, 'windowStart' | 'windowEnd'>) {
  if (!o.windowStart || !o.windowEnd) return t('execution.drawer.noWindow');
  return o.windowStart === o.windowEnd ? formatDate(o.windowEnd) : `${formatDate(o.windowStart)} – ${formatDate(o.windowEnd)}`;
}

function ReviewBox({ report }: { report: Report }) {
  const review = useReviewReport();
  const [comment, setComment] = useState('');
  return (
    <Stack gap="xs" mt="xs">
      <Textarea
        label={t('execution.drawer.review.comment')}
        description={t('execution.drawer.review.commentHint')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group>
        <Button
          color={ink.green}
          loading={review.isPending && review.variables?.decision === 'accept'}
          onClick={() => review.mutate({ reportId: report.id, decision: 'accept', comment: comment.trim() || null })}
        >
          {t('execution.drawer.review.accept')}
        </Button>
        <Button
          color={ink.orange}
          variant="outline"
          loading={review.isPending && review.variables?.decision === 'return'}
          onClick={() => review.mutate({ reportId: report.id, decision: 'return', comment })}
        >
          {t('execution.drawer.review.return')}
        </Button>
      </Group>
      <ApiErrorAlert error={review.error} />
    </Stack>
  );
}

function ReportCard({ report, indicators, canReview }: { report: Report; indicators: Map<string, string>; canReview: boolean }) {
  const color = report.reviewStatus === 'accepted' ? ink.green : report.reviewStatus === 'returned' ? ink.orange : ink.blue;
  const status = report.statusName.charAt(0).toUpperCase() + report.statusName.slice(1);
  return (
    <Card withBorder padding="sm" data-testid="report-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text fw={700}>{report.movedTo ? t('execution.drawer.statusMovedTo', { status, date: formatDate(report.movedTo) }) : status}</Text>
          <Text size="xs" c="dimmed">
            {report.authorName ?? t('execution.drawer.author')} · {new Date(report.createdAt).toLocaleString(intlLocale())}
          </Text>
        </Stack>
        <Badge color={color} variant="light">
          {reviewLabels[report.reviewStatus]}
        </Badge>
      </Group>
      {report.text && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {report.text}
        </Text>
      )}
      {Object.keys(report.metrics).length > 0 && (
        <Text size="sm" mt={4}>
          {Object.entries(report.metrics)
            .map(([k, v]) => `${indicators.get(k) ?? k}: ${v}`)
            .join(' · ')}
        </Text>
      )}
      {report.links.map((l) => (
        <Anchor key={l} href={l} target="_blank" rel="noopener noreferrer" size="sm" display="block">
          {l}
        </Anchor>
      ))}
      {report.files.map((f) => (
        <Anchor key={f.id} href={`/api/files/${f.id}`} size="sm" display="block" data-testid="report-file">
          <PaperclipIcon size={14} /> {f.name} ({fileSize(f.size)})
        </Anchor>
      ))}
      {report.reviews.map((r) => (
        <Text key={r.id} size="sm" mt={4} c={r.decision === 'returned' ? ink.orange : ink.green}>
          {reviewLabels[r.decision]} ({r.reviewerName ?? t('execution.drawer.reviewer')}, {new Date(r.createdAt).toLocaleDateString(intlLocale())})
          {r.comment ? `: ${r.comment}` : ''}
        </Text>
      ))}
      {canReview && report.reviewStatus === 'pending' && <ReviewBox report={report} />}
    </Card>
  );
}

/** One occurrence: what, who, by when; the reports made on it with their reviews; the form to report. */
export function OccurrenceDrawer({ occurrenceId, onClose }: { occurrenceId: string | null; onClose: () => void }) {
  const occurrence = useOccurrence(occurrenceId);
  const [sent, setSent] = useState(false);
  const [more, setMore] = useState(false);
  const o = occurrence.data;
  const indicators = new Map((o?.indicators ?? []).map((i) => [i.key, i.title]));
  // A phone gets the whole screen: the report form needs the width more than the list behind it.
  const narrow = useMediaQuery('(max-width: 47.99em)');
  const returned = o?.needsRework ? ([...o.reports].reverse().find((r) => r.reviewStatus === 'returned') ?? null) : null;
  return (
    <Drawer
      opened={Boolean(occurrenceId)}
      onClose={() => {
        setSent(false);
        setMore(false);
        onClose();
      }}
      position="right"
      size={narrow ? '100%' : 'xl'}
      title={<Text fw={700}>{o ? t('execution.drawer.item', { number: o.item.number }) : t('execution.drawer.occurrence')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {occurrence.isPending && <PageLoader />}
      <ApiErrorAlert error={occurrence.error} />
      {o && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {o.item.title}
          </Title>
          <Text size="sm">
            <Anchor component={Link} href={`/plans/${o.plan.id}`}>
              {o.plan.title}
            </Anchor>
          </Text>
          <Group gap="xs">
            <Badge variant="outline" color={ink.dark}>
              {o.executorLabel}
            </Badge>
            <Badge variant="outline" color={ink.dark}>
              {o.item.deadlineText ? `${o.item.deadlineText} · ` : ''}
              {windowText(o)}
            </Badge>
            <StateBadge state={o.state} dueDate={o.dueDate} today={o.today} needsRework={o.needsRework} />
            {o.retired && <Badge color={ink.gray}>{t('execution.drawer.retired')}</Badge>}
          </Group>
          {returned && (
            <Alert color="orange" variant="light" title={t('execution.drawer.returned')} role="status">
              {returned.reviewComment}
            </Alert>
          )}
          {sent && (
            <Alert color="green" variant="light" role="status" title={t('execution.drawer.sent')}>
              {t('execution.drawer.sentText')}
            </Alert>
          )}
          {o.canReport && !sent && (o.state !== 'done' || o.needsRework || more) && (
            <Card withBorder padding="sm">
              <ReportForm key={`${o.id}-${o.reports.length}`} occurrence={o} previous={returned ?? null} onDone={() => (setSent(true), setMore(false))} />
            </Card>
          )}
          {o.canReport && !sent && o.state === 'done' && !o.needsRework && !more && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('execution.drawer.reported')}
              </Text>
              <Button size="xs" variant="subtle" onClick={() => setMore(true)}>
                {t('execution.drawer.addReport')}
              </Button>
            </Group>
          )}
          <ExtensionPanel occurrenceId={o.id} open={o.state !== 'done' && o.state !== 'awaiting' && !o.retired} />
          <Title order={3} size="h5" mt="sm">
            {t('execution.drawer.reports', { n: o.reports.length })}
          </Title>
          {o.reports.length === 0 && <Text size="sm">{t('execution.drawer.noReports')}</Text>}
          {[...o.reports].reverse().map((r) => (
            <ReportCard key={r.id} report={r} indicators={indicators} canReview={o.canReview} />
          ))}
        </Stack>
      )}
    </Drawer>
  );
}

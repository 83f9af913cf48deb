import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { formatDate, t } from '../../../i18n/t';
import { useInbox, useMarkNoticesRead, type InboxNotice } from '../api/notices';
import { ink } from '../model/texts';

const kindColor: Record<InboxNotice['kind'], string> = { escalation: ink.red, date_change: ink.blue, extension: ink.orange };

const dates = (list: string[] | null) => (list?.length ? list.map(formatDate).join(', ') : t('notices.noDate'));

/** What the notice says, in the user's language (the server sends the facts, not the words). */
function noticeText(n: InboxNotice): string {
  if (n.kind === 'escalation') {
    const level = n.level === 'executor' || n.level === 'higher' ? n.level : 'controller';
    return t(`notices.escalation.${level}`, { executor: n.executorLabel ?? '', date: formatDate(n.dueDate), days: n.daysOverdue ?? 0 });
  }
  if (n.kind === 'date_change') return t('notices.dateChange', { before: dates(n.before), after: dates(n.after), cause: n.note ?? '' });
  return t(n.level === 'approved' ? 'notices.extension.approved' : 'notices.extension.refused', { from: dates(n.before), to: formatDate(n.dueDate) });
}

function NoticeRow({ notice, onRead, busy }: { notice: InboxNotice; onRead: () => void; busy: boolean }) {
  // Escalations to a controlling body lead to the plan's execution; the executor's own notices to its list.
  const mine = notice.kind !== 'escalation' || notice.level === 'executor';
  return (
    <Card withBorder padding="sm" data-testid="notice" data-read={notice.read ? 'yes' : 'no'} bg={notice.read ? undefined : 'blue.0'}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Group gap="xs">
            <Badge color={kindColor[notice.kind]} variant="light">
              {t(`notices.kind.${notice.kind}`)}
            </Badge>
            {!notice.read && (
              <Badge color={ink.blue} variant="filled" size="sm">
                {t('notices.new')}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {formatDate(notice.at)}
            </Text>
          </Group>
          <Text size="sm" fw={notice.read ? 400 : 600}>
            {noticeText(notice)}
          </Text>
          {notice.kind === 'extension' && notice.note && <Text size="sm">{t('notices.extension.comment', { comment: notice.note })}</Text>}
          <Anchor component={Link} href={`/plans/${notice.planId}?item=${notice.itemId}`} size="sm" onClick={notice.read ? undefined : onRead}>
            {t('notices.item', { number: notice.itemNumber, title: notice.itemTitle })}
          </Anchor>
          <Group gap="md">
            <Anchor component={Link} href={`/plans/${notice.planId}`} size="xs" c="dimmed">
              {notice.planTitle}
            </Anchor>
            <Anchor component={Link} href={mine ? '/my' : `/plans/${notice.planId}/execution`} size="xs" onClick={notice.read ? undefined : onRead}>
              {mine ? t('notices.toMy') : t('notices.toProgress')}
            </Anchor>
          </Group>
        </Stack>
        {!notice.read && (
          <Button size="xs" variant="default" onClick={onRead} disabled={busy}>
            {t('notices.markRead')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** «Уведомления» (issue #18): every notice addressed to the user, newest first, with links to the plan and item. */
export function NoticesPage() {
  const inbox = useInbox();
  const mark = useMarkNoticesRead();
  if (inbox.isPending) return <PageLoader />;
  if (inbox.error) return <ApiErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />;
  const { notices, unread } = inbox.data;
  return (
    <Stack component="section" aria-labelledby="notices-title" gap="md" maw={960}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h3" id="notices-title">
            {t('notices.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('notices.subtitle')}
          </Text>
          <Text size="sm" data-testid="notices-unread">
            {t('notices.unread', { n: unread })}
          </Text>
        </Stack>
        {unread > 0 && (
          <Button variant="default" onClick={() => mark.mutate({ all: true })} loading={mark.isPending && 'all' in (mark.variables ?? {})}>
            {t('notices.markAll')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={mark.error} />
      {notices.length === 0 ? (
        <Text>{t('notices.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {notices.map((n) => (
            <li key={`${n.kind}/${n.id}`}>
              <NoticeRow notice={n} busy={mark.isPending} onRead={() => mark.mutate({ notices: [{ kind: n.kind, id: n.id }] })} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { formatDate, t } from '../../../i18n/t';
import { useDecideExtension, useOccurrenceExtensions, useRequestExtension, type Extension } from '../api/extensions';
import { ink } from '../model/texts';

const statusColor: Record<string, string> = { pending: ink.blue, approved: ink.green, refused: ink.orange };

function DecisionBox({ extension }: { extension: Extension }) {
  const decide = useDecideExtension();
  const [comment, setComment] = useState('');
  return (
    <Stack gap="xs" mt="xs">
      <Textarea
        label={t('extension.comment')}
        description={t('extension.commentHint')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={1}
      />
      <Group>
        <Button
          size="xs"
          color={ink.green}
          loading={decide.isPending && decide.variables?.decision === 'approve'}
          onClick={() => decide.mutate({ id: extension.id, decision: 'approve', comment: comment.trim() || null })}
        >
          {t('extension.approve')}
        </Button>
        <Button
          size="xs"
          color={ink.orange}
          variant="outline"
          loading={decide.isPending && decide.variables?.decision === 'refuse'}
          onClick={() => decide.mutate({ id: extension.id, decision: 'refuse', comment: comment.trim() || null })}
        >
          {t('extension.refuse')}
        </Button>
      </Group>
      <ApiErrorAlert error={decide.error} />
    </Stack>
  );
}

function RequestForm({ occurrenceId, onDone }: { occurrenceId: string; onDone: () => void }) {
  const request = useRequestExtension(occurrenceId);
  const [newDate, setNewDate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <RuDateInput label={t('extension.newDate')} value={newDate} onChange={setNewDate} required w={220} />
      <Textarea
        label={t('extension.reason')}
        description={t('extension.reasonHint')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        required
      />
      <Group>
        <Button
          size="sm"
          loading={request.isPending}
          disabled={!newDate || !reason.trim()}
          onClick={() => newDate && request.mutate({ newDate, reason }, { onSuccess: onDone })}
        >
          {t('extension.send')}
        </Button>
      </Group>
      <ApiErrorAlert error={request.error} />
    </Stack>
  );
}

/** Deadline extension requests of an occurrence: the executor asks, the plan's controller decides; the history stays. */
export function ExtensionPanel({ occurrenceId, open }: { occurrenceId: string; open: boolean }) {
  const data = useOccurrenceExtensions(occurrenceId).data;
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  if (!data) return null;
  const pending = data.extensions.some((x) => x.status === 'pending');
  const canAsk = data.canRequest && open && !pending;
  if (!data.extensions.length && !canAsk) return null;
  return (
    <Card withBorder padding="sm" data-testid="extension-panel">
      <Title order={3} size="h5">
        {t('extension.title')}
      </Title>
      {data.extensions.map((x) => (
        <Stack key={x.id} gap={2} mt="xs" data-testid="extension-row">
          <Group gap="xs" wrap="wrap">
            <Badge color={statusColor[x.status] ?? ink.gray} variant="light">
              {t(`extension.status.${x.status as 'pending' | 'approved' | 'refused'}`)}
            </Badge>
            <Text size="sm">{t('extension.row', { from: formatDate(x.previousDate), to: formatDate(x.requestedDate), reason: x.reason })}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('extension.by', { name: x.requestedByName ?? '', date: new Date(x.createdAt).toLocaleDateString('ru-RU') })}
          </Text>
          {x.decisionComment && <Text size="sm">{t('extension.decision', { comment: x.decisionComment })}</Text>}
          {data.canDecide && x.status === 'pending' && <DecisionBox extension={x} />}
        </Stack>
      ))}
      {sent && (
        <Text size="sm" c={ink.green} mt="xs" role="status">
          {t('extension.sent')}
        </Text>
      )}
      {canAsk && !asking && (
        <Group mt="xs">
          <Button size="xs" variant="light" onClick={() => (setAsking(true), setSent(false))}>
            {t('extension.ask')}
          </Button>
        </Group>
      )}
      {canAsk && asking && (
        <Stack mt="xs">
          <RequestForm occurrenceId={occurrenceId} onDone={() => (setAsking(false), setSent(true))} />
          <Button size="xs" variant="subtle" onClick={() => setAsking(false)} w="fit-content">
            {t('extension.cancel')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}

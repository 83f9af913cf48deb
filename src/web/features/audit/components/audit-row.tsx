import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import { t } from '../../../i18n/t';
import { HistoryLink } from '../../../components/ui/history-link';
import { describeEntity } from '../model/describe-entity';
import { formatDateTime } from '../../../lib/date-time';
import { actionLabel, entityLabel } from '../model/labels';
import type { AuditEvent } from '../model/types';
import { AuditDiff } from './audit-diff';

export const auditColumnCount = 7;

interface Props {
  event: AuditEvent;
  expanded: boolean;
  onToggle: () => void;
  organizationName: string;
  planTitle: string | null;
}

/** One event and, when expanded, a second row with its before/after. */
export function AuditRow({ event: e, expanded, onToggle, organizationName, planTitle }: Props) {
  const detailsId = `audit-details-${e.id}`;
  const name = describeEntity(e);
  return (
    <>
      <Table.Tr data-testid="audit-row" data-action={e.action}>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
        <Table.Td>
          {e.actor ? (
            (e.actor.name ?? e.actor.login ?? e.actor.id)
          ) : (
            <Text span c="dimmed" size="sm">
              {t('audit.system')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>{organizationName}</Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.ip ?? t('common.none')}</Table.Td>
        <Table.Td title={e.action}>{actionLabel(e.action)}</Table.Td>
        <Table.Td>
          <Stack gap={0}>
            <Text size="sm">
              {entityLabel(e.entityType)}
              {name && ` ${name}`}
            </Text>
            {e.planId && e.entityType !== 'plan' && (
              <Anchor component={Link} href={`/plans/${e.planId}`} size="xs" lineClamp={2}>
                {planTitle ? t('audit.plan', { title: planTitle }) : t('audit.planUnknown')}
              </Anchor>
            )}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Button variant="default" size="compact-sm" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} onClick={onToggle}>
            {expanded ? t('audit.collapse') : t('audit.expand')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId} data-testid="audit-details">
          <Table.Td colSpan={auditColumnCount} bg="gray.0">
            <Stack gap="xs">
              <AuditDiff before={e.before} after={e.after} />
              {e.entityId && (
                <Text size="xs" c="dimmed">
                  {t('audit.entityId', { id: e.entityId })}
                  {' · '}
                  <HistoryLink entityType={e.entityType} entityId={e.entityId} label={t('audit.entityHistory')} size="xs" underline="always" />
                </Text>
              )}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

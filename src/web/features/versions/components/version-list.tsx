import { Table } from '@mantine/core';
import { formatDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { formatDateTime } from '../../../lib/date-time';
import type { PlanVersion } from '../model/types';

const reasonLabel = (reason: string) =>
  reason === 'approved' || reason === 'amended' || reason === 'amendment' ? t(`versions.reason.${reason}` as MessageKey) : reason;

/** «постановление от 15.06.2026 № 120/2-7»: the act that approved the version. */
const actLabel = (act: PlanVersion['act']) =>
  act
    ? [
        act.kind ?? '',
        act.date ? t('versions.act.date', { date: formatDate(act.date) }) : '',
        act.number ? t('versions.act.number', { number: act.number }) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';

/** The saved versions, newest first: number, why it was saved, who and when. */
export function VersionList({ versions }: { versions: PlanVersion[] }) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Table withTableBorder fz="sm" data-testid="version-list" aria-labelledby="versions-list-title">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={100}>{t('versions.col.number')}</Table.Th>
          <Table.Th>{t('versions.col.reason')}</Table.Th>
          <Table.Th>{t('versions.col.act')}</Table.Th>
          <Table.Th>{t('versions.col.author')}</Table.Th>
          <Table.Th w={160}>{t('versions.col.date')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {newestFirst.map((v) => (
          <Table.Tr key={v.id}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{reasonLabel(v.reason)}</Table.Td>
            <Table.Td>{actLabel(v.act)}</Table.Td>
            <Table.Td>{v.createdByName ?? t('versions.unknownAuthor')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Table, Text } from '@mantine/core';
import { t } from '../../i18n/t';

export interface BeforeAfterRow {
  key: string;
  label: string;
  /** null: the field did not exist on that side; '': it was empty. */
  before: string | null;
  after: string | null;
}

function Value({ value }: { value: string | null }) {
  if (value === null)
    return (
      <Text span c="dimmed">
        {t('common.none')}
      </Text>
    );
  if (value === '')
    return (
      <Text span c="dimmed" fs="italic">
        {t('common.emptyValue')}
      </Text>
    );
  // Plain text only: the values are whatever users typed or imported, never rendered as HTML.
  return <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</span>;
}

/** «Поле / Было / Стало»: the journal's events and the versions' changed items read the same way. */
export function BeforeAfterTable({ rows, testId }: { rows: BeforeAfterRow[]; testId?: string }) {
  return (
    <Table withTableBorder layout="fixed" fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="24%">{t('common.field')}</Table.Th>
          <Table.Th>{t('common.before')}</Table.Th>
          <Table.Th>{t('common.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.label}</Table.Td>
            <Table.Td>
              <Value value={r.before} />
            </Table.Td>
            <Table.Td>
              <Value value={r.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

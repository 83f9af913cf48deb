import { Table, Text } from '@mantine/core';
import { t } from '../../../i18n/t';
import { fieldDiff } from '../model/field-diff';
import { fieldLabel } from '../model/labels';

const MAX_ROWS = 150;

function Value({ value }: { value: string | null }) {
  if (value === null) return <Text span c="dimmed">{t('common.none')}</Text>;
  if (value === '') return <Text span c="dimmed" fs="italic">{t('audit.diff.empty')}</Text>;
  // Plain text only: before/after hold whatever users typed, so nothing is ever rendered as HTML.
  return <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</span>;
}

/** Before and after of one event, field by field; a creation or deletion lists the fields of the side it has. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return <Text size="sm" c="dimmed">{t('audit.diff.none')}</Text>;
  }
  const rows = fieldDiff(before, after);
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('audit.diff.same')}</Text>;
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <>
      <Table withTableBorder layout="fixed" fz="sm" data-testid="audit-diff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">{t('audit.diff.field')}</Table.Th>
            <Table.Th>{t('audit.diff.before')}</Table.Th>
            <Table.Th>{t('audit.diff.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.path}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{fieldLabel(r.path)}</Table.Td>
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
      {rows.length > shown.length && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('audit.diff.more', { count: rows.length - shown.length })}
        </Text>
      )}
    </>
  );
}

import { Text } from '@mantine/core';
import { BeforeAfterTable } from '../../../components/ui/before-after-table';
import { t } from '../../../i18n/t';
import { fieldDiff } from '../model/field-diff';
import { fieldLabel } from '../model/labels';

const MAX_ROWS = 150;

/** Before and after of one event, field by field; a creation or deletion lists the fields of the side it has. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.diff.none')}
      </Text>
    );
  }
  const rows = fieldDiff(before, after);
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('audit.diff.same')}
      </Text>
    );
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <>
      <BeforeAfterTable testId="audit-diff" rows={shown.map((r) => ({ key: r.path, label: fieldLabel(r.path), before: r.before, after: r.after }))} />
      {rows.length > shown.length && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('audit.diff.more', { count: rows.length - shown.length })}
        </Text>
      )}
    </>
  );
}

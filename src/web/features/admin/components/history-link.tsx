import { Anchor } from '@mantine/core';
import { Link } from 'wouter';
import { t } from '../../../i18n/t';
import { qs } from '../../../lib/api-client';

/** The audit trail of one entity: who changed it and when (the audit page reads these filters from the address). */
export function HistoryLink({ entityType, entityId, label }: { entityType: string; entityId: string; label?: string }) {
  return (
    <Anchor component={Link} href={`/audit${qs({ entityType, entityId })}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
      {label ?? t('admin.history')}
    </Anchor>
  );
}

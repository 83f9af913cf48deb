import { Anchor, type MantineSize } from '@mantine/core';
import { Link } from 'wouter';
import { t } from '../../i18n/t';
import { qs } from '../../lib/api-client';

/** The audit trail of one entity: who changed it and when (the audit page reads these filters from the address). */
interface Props {
  entityType: string;
  entityId: string;
  label?: string;
  size?: MantineSize;
  /** Inside running text a link must be told apart by more than its colour. */
  underline?: 'always' | 'hover';
}

export function HistoryLink({ entityType, entityId, label, size = 'sm', underline = 'hover' }: Props) {
  return (
    <Anchor component={Link} href={`/audit${qs({ entityType, entityId })}`} size={size} underline={underline} style={{ whiteSpace: 'nowrap' }}>
      {label ?? t('admin.history')}
    </Anchor>
  );
}

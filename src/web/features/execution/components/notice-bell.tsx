import { ActionIcon, Indicator } from '@mantine/core';
import { Link } from 'wouter';
import { BellIcon } from '../../../components/ui/icons';
import { t } from '../../../i18n/t';
import { useUnreadNotices } from '../api/notices';

/** The header's bell: how many notices are unread, a tap away from «Уведомления». */
export function NoticeBell() {
  const unread = useUnreadNotices().data?.unread ?? 0;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={unread === 0} offset={4}>
      <ActionIcon component={Link} href="/notices" variant="subtle" size="lg" aria-label={t('notices.bell', { n: unread })} data-testid="notice-bell">
        <BellIcon size={20} />
      </ActionIcon>
    </Indicator>
  );
}

import { Center, Loader } from '@mantine/core';
import { t } from '../../i18n/t';

export function PageLoader() {
  return (
    <Center mih={200}>
      <Loader role="status" aria-label={t('app.loading')} />
    </Center>
  );
}

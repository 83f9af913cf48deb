import { Text, Title } from '@mantine/core';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';

/** Navigation targets that later issues fill; they exist now so the shell's layout and links are final. */
export function PlaceholderPage({ titleKey }: { titleKey: MessageKey }) {
  return (
    <section aria-labelledby="placeholder-title">
      <Title order={1} size="h2" id="placeholder-title" mb="sm">
        {t(titleKey)}
      </Title>
      <Text c="dimmed">{t('placeholder.text')}</Text>
    </section>
  );
}

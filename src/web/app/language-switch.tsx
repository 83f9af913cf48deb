import { Group, SegmentedControl, Text } from '@mantine/core';
import { isLocale } from '../../shared/locale';
import { t } from '../i18n/t';
import { useLocale } from '../i18n/locale-context';

/** Кыргызча / Русский in the header and on the sign-in page; each name is tagged with its own language. */
export function LanguageSwitch() {
  const { locale, change, saveFailed } = useLocale();
  return (
    <Group gap={6} wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('locale.switch')}
        value={locale}
        onChange={(value) => {
          if (isLocale(value)) change(value);
        }}
        data={[
          { value: 'ky', label: <span lang="ky">{t('locale.ky')}</span> },
          { value: 'ru', label: <span lang="ru">{t('locale.ru')}</span> },
        ]}
        data-testid="language-switch"
      />
      {saveFailed && (
        <Text size="xs" c="red.9" role="alert">
          {t('locale.saveFailed')}
        </Text>
      )}
    </Group>
  );
}

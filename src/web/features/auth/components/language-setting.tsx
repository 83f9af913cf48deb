import { Radio, Stack, Text } from '@mantine/core';
import { isLocale } from '../../../../shared/locale';
import { t } from '../../../i18n/t';
import type { Me } from '../api/session';
import { useSaveLocale } from '../api/session';

/** The remembered interface language, with the way back to the organisation's default. */
export function LanguageSetting({ me }: { me: Me }) {
  const save = useSaveLocale();
  const language = me.language;
  if (!language) return null;
  const value = language.chosen ?? 'default';
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('profile.language')}
        description={t('profile.languageHint')}
        value={value}
        onChange={(next) => save.mutate(isLocale(next) ? next : null)}
      >
        <Stack gap={6} mt="xs">
          <Radio value="default" label={t('profile.languageDefault', { language: t(`locale.${language.organizationDefault}`) })} />
          <Radio value="ky" label={<span lang="ky">{t('locale.ky')}</span>} />
          <Radio value="ru" label={<span lang="ru">{t('locale.ru')}</span>} />
        </Stack>
      </Radio.Group>
      {save.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t('locale.saveFailed')}
        </Text>
      )}
    </Stack>
  );
}

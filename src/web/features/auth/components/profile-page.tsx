import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import './profile-styles';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import type { Me } from '../api/session';
import { ApiTokens } from './api-tokens';
import { LanguageSetting } from './language-setting';
import { PasswordChangeForm } from './password-change-form';

/** The signed-in user's own settings: who they are, their password, their API tokens. */
export function ProfilePage({ me }: { me: Me }) {
  const [changed, setChanged] = useState(false);
  return (
    <Stack component="section" aria-labelledby="profile-title" gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} size="h2" id="profile-title">
          {t('profile.title')}
        </Title>
        <Text>
          {me.user.displayName} ·{' '}
          <Text span ff="monospace">
            {me.user.login}
          </Text>
        </Text>
        <Text size="sm">
          {me.organization?.name} · {me.user.roles.map((r) => t(`role.${r}` as MessageKey)).join(', ')}
        </Text>
      </Stack>
      <Card withBorder padding="md" component="section" aria-label={t('profile.language')}>
        <LanguageSetting me={me} />
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="profile-password">
        <Title order={2} size="h4" id="profile-password" mb="sm">
          {t('password.title')}
        </Title>
        {changed && (
          <Alert color="green" variant="light" role="status" mb="sm">
            {t('profile.passwordChanged')}
          </Alert>
        )}
        <Stack maw={420}>
          <PasswordChangeForm login={me.user.login} onChanged={() => setChanged(true)} />
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="profile-tokens">
        <Title order={2} size="h4" id="profile-tokens" mb="sm">
          {t('tokens.title')}
        </Title>
        <ApiTokens />
      </Card>
    </Stack>
  );
}

import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { t } from '../../../i18n/t';
import { useLogout } from '../api/session';
import { PasswordChangeForm } from './password-change-form';

/**
 * Shown instead of the application while the user still has a password an
 * administrator chose (or a demo password outside demo mode): the server refuses
 * everything else until it is changed.
 */
export function ChangePasswordPage({ login }: { login: string }) {
  const logout = useLogout();
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={420}>
        <Stack>
          <Title order={1} size="h3">
            {t('password.title')}
          </Title>
          <Text size="sm">{t('password.required')}</Text>
          <PasswordChangeForm
            login={login}
            extraAction={
              <Button variant="subtle" onClick={() => logout.mutate()}>
                {t('auth.logout')}
              </Button>
            }
          />
        </Stack>
      </Paper>
    </Center>
  );
}

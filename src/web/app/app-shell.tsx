import { AppShell, Button, Center, Group, Loader, Text } from '@mantine/core';
import { t } from '../i18n/t';
import { useLogout, useMe } from '../features/auth/api/session';
import { LoginPage } from '../features/auth/components/login-page';
import { PlansPage } from '../features/plans/components/plans-page';

export function App() {
  const me = useMe();
  const logout = useLogout();
  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Загрузка" />
      </Center>
    );
  }
  if (!me.data) return <LoginPage />;
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Text fw={700}>{t('app.name')}</Text>
            <Text size="sm">{t('nav.plans')}</Text>
          </Group>
          <Group>
            <Text size="sm" data-testid="current-user">
              {me.data.user.displayName} · {me.data.organization?.shortName ?? me.data.organization?.name}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => logout.mutate()}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <PlansPage />
      </AppShell.Main>
    </AppShell>
  );
}

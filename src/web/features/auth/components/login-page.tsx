import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { t } from '../../../i18n/t';
import { useLogin } from '../api/session';

/** The switch comes from the shell: a feature does not reach into the app's state. */
export function LoginPage({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const login = useLogin();
  const [form, setForm] = useState({ login: '', password: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(form);
  };
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit} aria-labelledby="login-title">
          <Stack>
            <div>
              <Title order={1} size="h2" id="login-title">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('app.tagline')}
              </Text>
            </div>
            {languageSwitch}
            <Title order={2} size="h4">
              {t('auth.title')}
            </Title>
            {login.error && (
              <Alert color="red" role="alert">
                {login.error.message}
              </Alert>
            )}
            <TextInput
              label={t('auth.login')}
              name="login"
              autoComplete="username"
              required
              value={form.login}
              onChange={(e) => setForm({ ...form, login: e.currentTarget.value })}
            />
            <PasswordInput
              label={t('auth.password')}
              name="password"
              autoComplete="current-password"
              required
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
            />
            <Button type="submit" loading={login.isPending}>
              {t('auth.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

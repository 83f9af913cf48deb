import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { t } from '../../../i18n/t';
import { useChangePassword, useLogout } from '../api/session';

/**
 * Shown instead of the application while the user still has a password an
 * administrator chose (or a demo password outside demo mode): the server refuses
 * everything else until it is changed.
 */
export function ChangePasswordPage({ login }: { login: string }) {
  const change = useChangePassword();
  const logout = useLogout();
  const [form, setForm] = useState({ current: '', next: '', repeat: '' });
  const [mismatch, setMismatch] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.next !== form.repeat) return setMismatch(true);
    setMismatch(false);
    change.mutate({ currentPassword: form.current, newPassword: form.next });
  };
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={420}>
        <form onSubmit={submit} aria-labelledby="password-title" noValidate>
          <Stack>
            <Title order={1} size="h3" id="password-title">
              {t('password.title')}
            </Title>
            <Text size="sm">{t('password.required')}</Text>
            {/* For password managers: which account this is. */}
            <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
            {change.error && (
              <Alert color="red" role="alert">
                {change.error.message}
              </Alert>
            )}
            <PasswordInput label={t('password.current')} autoComplete="current-password" required value={form.current} onChange={(e) => setForm({ ...form, current: e.currentTarget.value })} />
            <PasswordInput label={t('password.new')} description={t('password.policy')} autoComplete="new-password" required value={form.next} onChange={(e) => setForm({ ...form, next: e.currentTarget.value })} />
            <PasswordInput
              label={t('password.repeat')}
              autoComplete="new-password"
              required
              value={form.repeat}
              onChange={(e) => setForm({ ...form, repeat: e.currentTarget.value })}
              error={mismatch ? t('password.mismatch') : undefined}
            />
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => logout.mutate()}>
                {t('auth.logout')}
              </Button>
              <Button type="submit" loading={change.isPending}>
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

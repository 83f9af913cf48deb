import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { t } from '../../../i18n/t';
import { useChangePassword } from '../api/session';

/** Current password, the new one twice; the server's policy message is shown as it comes. */
export function PasswordChangeForm({ login, extraAction, onChanged }: { login: string; extraAction?: ReactNode; onChanged?: () => void }) {
  const change = useChangePassword();
  const [form, setForm] = useState({ current: '', next: '', repeat: '' });
  const [mismatch, setMismatch] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.next !== form.repeat) return setMismatch(true);
    setMismatch(false);
    change.mutateAsync({ currentPassword: form.current, newPassword: form.next }).then(
      () => {
        setForm({ current: '', next: '', repeat: '' });
        onChanged?.();
      },
      () => undefined,
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('password.title')} noValidate>
      <Stack>
        {/* For password managers: which account this is. */}
        <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
        {change.error && (
          <Alert color="red" role="alert">
            {change.error.message}
          </Alert>
        )}
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={form.current}
          onChange={(e) => setForm({ ...form, current: e.currentTarget.value })}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.policy')}
          autoComplete="new-password"
          required
          value={form.next}
          onChange={(e) => setForm({ ...form, next: e.currentTarget.value })}
        />
        <PasswordInput
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          value={form.repeat}
          onChange={(e) => setForm({ ...form, repeat: e.currentTarget.value })}
          error={mismatch ? t('password.mismatch') : undefined}
        />
        <Group justify={extraAction ? 'space-between' : 'flex-end'}>
          {extraAction}
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { intlLocale, t } from '../../../i18n/t';
import { ink } from '../../../components/ui/ink';
import { ApiErrorAlert, fieldError } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useResetPassword, useUpdateUser, useUsers } from '../api/users';
import { generatePassword } from '../model/password';
import type { Organization, User } from '../model/types';
import { FormModal } from './form-modal';
import { HistoryLink } from '../../../components/ui/history-link';
import { orgLabel } from './organization-form';
import { PasswordField, PasswordNotice, roleLabel, UserForm } from './user-form';

interface Props {
  organizations: Organization[];
  manageable: Organization[];
  organizationId: string | null;
  onOrganization: (id: string | null) => void;
  meId: string;
  canGrantSysadmin: boolean;
}

const isLocked = (user: User) => Boolean(user.lockedUntil && new Date(user.lockedUntil) > new Date());
const isBlocked = (user: User) => user.disabled || isLocked(user);

function StateBadges({ user }: { user: User }) {
  const locked = isLocked(user);
  return (
    <Group gap={4}>
      {user.disabled ? (
        <Badge color={ink.red} variant="light">
          {t('admin.user.disabled')}
        </Badge>
      ) : (
        <Badge color={ink.green} variant="light">
          {t('admin.user.active')}
        </Badge>
      )}
      {locked && (
        <Badge color={ink.orange} variant="light">
          {t('admin.user.locked', { time: new Date(user.lockedUntil!).toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' }) })}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color={ink.gray} variant="light">
          {t('admin.user.mustChange')}
        </Badge>
      )}
    </Group>
  );
}

/** Users of the organisations the administrator manages: create, change roles, block, reset a password. */
export function UsersTab({ organizations, manageable, organizationId, onOrganization, meId, canGrantSysadmin }: Props) {
  const users = useUsers();
  const update = useUpdateUser();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [notice, setNotice] = useState<{ text: string; password: string } | null>(null);
  const orgName = useMemo(() => new Map(organizations.map((o) => [o.id, orgLabel(o)])), [organizations]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (users.data ?? []).filter(
      (u) => (!organizationId || u.organizationId === organizationId) && (!q || `${u.login} ${u.displayName} ${u.email ?? ''}`.toLowerCase().includes(q)),
    );
  }, [users.data, organizationId, query]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('admin.search')}
            placeholder={t('admin.user.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={240}
          />
          <Select
            label={t('admin.user.organization')}
            data={manageable.map((o) => ({ value: o.id, label: orgLabel(o) }))}
            value={organizationId}
            onChange={onOrganization}
            clearable
            searchable
            placeholder={t('admin.user.allOrganizations')}
            w={360}
          />
        </Group>
        <Button onClick={() => (setNotice(null), setEditing('new'))}>{t('admin.user.add')}</Button>
      </Group>
      {notice && <PasswordNotice text={notice.text} password={notice.password} onClose={() => setNotice(null)} />}
      <ApiErrorAlert error={update.error} />
      {users.isPending && <PageLoader />}
      <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      {users.data && shown.length === 0 && <Text>{t('admin.user.none')}</Text>}
      {shown.length > 0 && (
        <Table striped withTableBorder highlightOnHover data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.user.login')}</Table.Th>
              <Table.Th>{t('admin.user.displayName')}</Table.Th>
              <Table.Th>{t('admin.user.organization')}</Table.Th>
              <Table.Th>{t('admin.user.roles')}</Table.Th>
              <Table.Th>{t('admin.user.state')}</Table.Th>
              <Table.Th>{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((u) => (
              <Table.Tr key={u.id} data-login={u.login}>
                <Table.Td ff="monospace">{u.login}</Table.Td>
                <Table.Td>
                  {u.displayName}
                  {u.id === meId && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('admin.user.you')})
                    </Text>
                  )}
                  {u.email && (
                    <Text size="xs" c="dimmed">
                      {u.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{orgName.get(u.organizationId) ?? ''}</Table.Td>
                <Table.Td>
                  <Text size="sm">{u.roles.map(roleLabel).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <StateBadges user={u} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <Button
                      style={{ flexShrink: 0 }}
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => (setNotice(null), setEditing(u))}
                      aria-label={`${t('admin.edit')}: ${u.login}`}
                    >
                      {t('admin.edit')}
                    </Button>
                    {u.id !== meId && (
                      <Button
                        style={{ flexShrink: 0 }}
                        size="compact-xs"
                        variant="subtle"
                        color={isBlocked(u) ? ink.green : ink.red}
                        loading={update.isPending && update.variables?.id === u.id}
                        aria-label={`${isBlocked(u) ? t('admin.user.enable') : t('admin.user.disable')}: ${u.login}`}
                        onClick={() => {
                          if (!isBlocked(u) && !window.confirm(t('admin.user.disableConfirm', { login: u.login }))) return;
                          // Enabling also lifts a lockout after wrong passwords.
                          update.mutate({ id: u.id, disabled: !isBlocked(u) });
                        }}
                      >
                        {isBlocked(u) ? t('admin.user.enable') : t('admin.user.disable')}
                      </Button>
                    )}
                    <Button
                      style={{ flexShrink: 0 }}
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => (setNotice(null), setResetting(u))}
                      aria-label={`${t('admin.user.resetPassword')}: ${u.login}`}
                    >
                      {t('admin.user.resetPassword')}
                    </Button>
                    <HistoryLink entityType="user" entityId={u.id} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          organizations={manageable}
          defaultOrganizationId={organizationId}
          canGrantSysadmin={canGrantSysadmin}
          onClose={(created) => {
            setEditing(null);
            if (created) setNotice({ text: t('admin.user.created', { login: created.login }), password: created.password });
          }}
        />
      )}
      {resetting && (
        <ResetPassword
          user={resetting}
          onClose={(password) => {
            setResetting(null);
            if (password) setNotice({ text: t('admin.user.resetDone'), password });
          }}
        />
      )}
    </Stack>
  );
}

function ResetPassword({ user, onClose }: { user: User; onClose: (password?: string) => void }) {
  const [password, setPassword] = useState(generatePassword);
  const reset = useResetPassword();
  return (
    <FormModal
      opened
      title={t('admin.user.resetTitle', { login: user.login })}
      submitLabel={t('admin.user.resetPassword')}
      onClose={() => onClose()}
      onSubmit={() =>
        void reset.mutateAsync({ id: user.id, password }).then(
          () => onClose(password),
          () => undefined,
        )
      }
      pending={reset.isPending}
      error={reset.error}
      fields={['password']}
    >
      <PasswordField value={password} onChange={setPassword} error={fieldError(reset.error, 'password')} />
    </FormModal>
  );
}

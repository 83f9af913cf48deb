import { holdsSystemRole } from '../../../../domain/auth/policy.js';
import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { fieldError } from '../../../components/ui/api-error-alert';
import { usePeople } from '../api/directory';
import { useCreateUser, useUpdateUser, type NewUser } from '../api/users';
import { generatePassword } from '../model/password';
import { roleCodes, type Organization, type RoleCode, type User } from '../model/types';
import { FormModal } from './form-modal';
import { orgLabel } from './organization-form';

export const roleLabel = (r: string) => t(`role.${r}` as MessageKey);

interface Props {
  user: User | null;
  /** Organisations the administrator may put users in. */
  organizations: Organization[];
  defaultOrganizationId: string | null;
  canGrantSysadmin: boolean;
  onClose: (created?: { login: string; password: string }) => void;
}

/** Creates a user with a temporary password, or changes a user's name, organisation, roles and link to the staff directory. */
export function UserForm({ user, organizations, defaultOrganizationId, canGrantSysadmin, onClose }: Props) {
  const [form, setForm] = useState<NewUser>(() => ({
    login: user?.login ?? '',
    displayName: user?.displayName ?? '',
    organizationId: user?.organizationId ?? defaultOrganizationId ?? organizations[0]?.id ?? '',
    roles: user?.roles ?? ['executor'],
    password: user ? '' : generatePassword(),
    email: user?.email ?? '',
    personId: user?.personId ?? null,
  }));
  const [missing, setMissing] = useState(false);
  const people = usePeople(form.organizationId || null);
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const set = <K extends keyof NewUser>(k: K, v: NewUser[K]) => setForm((f) => ({ ...f, [k]: v }));
  const grantable = roleCodes.filter((r) => !holdsSystemRole([r]) || canGrantSysadmin || holdsSystemRole(user?.roles ?? []));

  const submit = () => {
    if (!form.displayName.trim() || !form.organizationId || form.roles.length === 0 || (!user && (!form.login.trim() || !form.password)))
      return setMissing(true);
    const common = {
      displayName: form.displayName.trim(),
      organizationId: form.organizationId,
      roles: form.roles,
      email: form.email?.trim() || null,
      personId: form.personId,
    };
    if (user)
      update.mutateAsync({ id: user.id, ...common }).then(
        () => onClose(),
        () => undefined,
      );
    else {
      const login = form.login.trim().toLowerCase();
      create.mutateAsync({ ...common, login, password: form.password }).then(
        () => onClose({ login, password: form.password }),
        () => undefined,
      );
    }
  };
  const required = (empty: boolean, field: string) => (missing && empty ? t('admin.required') : undefined) ?? fieldError(mutation.error, field);

  return (
    <FormModal
      opened
      title={user ? t('admin.user.editTitle', { login: user.login }) : t('admin.user.createTitle')}
      onClose={() => onClose()}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['login', 'displayName', 'organizationId', 'roles', 'password', 'email', 'personId']}
    >
      {!user && (
        <TextInput
          label={t('admin.user.login')}
          description={t('admin.user.loginHint')}
          required
          value={form.login}
          onChange={(e) => set('login', e.currentTarget.value)}
          error={required(!form.login.trim(), 'login')}
          autoComplete="off"
          data-autofocus
        />
      )}
      <TextInput
        label={t('admin.user.displayName')}
        required
        value={form.displayName}
        onChange={(e) => set('displayName', e.currentTarget.value)}
        error={required(!form.displayName.trim(), 'displayName')}
      />
      <Select
        label={t('admin.user.organization')}
        required
        data={organizations.map((o) => ({ value: o.id, label: orgLabel(o) }))}
        value={form.organizationId || null}
        onChange={(v) => setForm((f) => ({ ...f, organizationId: v ?? '', personId: null }))}
        searchable
        allowDeselect={false}
        error={required(!form.organizationId, 'organizationId')}
      />
      <Checkbox.Group
        label={t('admin.user.roles')}
        description={t('admin.user.rolesHint')}
        value={form.roles}
        onChange={(v) => set('roles', v as RoleCode[])}
        error={missing && form.roles.length === 0 ? t('admin.user.rolesRequired') : fieldError(mutation.error, 'roles')}
        withAsterisk
      >
        <Stack gap={6} mt={6}>
          {grantable.map((r) => (
            <Checkbox key={r} value={r} label={roleLabel(r)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select
        label={t('admin.user.person')}
        description={t('admin.user.personHint')}
        data={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.fullName}${p.position ? `, ${p.position}` : ''}` }))}
        value={form.personId}
        onChange={(v) => set('personId', v)}
        clearable
        searchable
        placeholder={t('admin.user.noPerson')}
        error={fieldError(mutation.error, 'personId')}
      />
      <TextInput
        label={t('admin.user.email')}
        type="email"
        value={form.email ?? ''}
        onChange={(e) => set('email', e.currentTarget.value)}
        error={fieldError(mutation.error, 'email')}
      />
      {!user && <PasswordField value={form.password} onChange={(v) => set('password', v)} error={required(!form.password, 'password')} />}
    </FormModal>
  );
}

/** A temporary password, shown in clear: the administrator has to pass it on. */
export function PasswordField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error: string | undefined }) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={t('admin.user.password')}
        description={t('admin.user.passwordHint')}
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        autoComplete="new-password"
        ff="monospace"
      />
      <Button variant="default" onClick={() => onChange(generatePassword())} mb={error ? 22 : 0}>
        {t('admin.user.generate')}
      </Button>
    </Group>
  );
}

/** Shown once after creating a user or resetting a password. */
export function PasswordNotice({ text, password, onClose }: { text: string; password: string; onClose: () => void }) {
  return (
    <Alert color="green" variant="light" role="status" withCloseButton onClose={onClose} closeButtonLabel={t('common.cancel')}>
      <Text size="sm">{text}</Text>
      <Text ff="monospace" fw={700} data-testid="temporary-password">
        {password}
      </Text>
    </Alert>
  );
}

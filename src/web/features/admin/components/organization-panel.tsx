import { ActionIcon, Anchor, Badge, Button, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { t } from '../../../i18n/t';
import { ink } from '../../../components/ui/ink';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useDeleteOrganization, useDeletePerson, useDeleteUnit, usePeople } from '../api/directory';
import type { Organization, Person, Unit } from '../model/types';
import { HistoryLink } from '../../../components/ui/history-link';
import { kindLabel, OrganizationForm } from './organization-form';
import { PersonForm } from './person-form';
import { UnitForm } from './unit-form';

interface Props {
  organization: Organization;
  organizations: Organization[];
  units: Unit[];
  userCount: number;
  canManage: boolean;
  allowRoot: boolean;
  onSelect: (id: string | null) => void;
}

type Editing =
  | { kind: 'organization'; organization: Organization | null; parentId: string | null }
  | { kind: 'unit'; unit: Unit | null }
  | { kind: 'person'; person: Person | null }
  | null;

const confirmDelete = (text: string) => window.confirm(text);

/** One organisation: its details, units and staff, each editable by those who administer it. */
export function OrganizationPanel({ organization, organizations, units, userCount, canManage, allowRoot, onSelect }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const people = usePeople(organization.id);
  const removeOrganization = useDeleteOrganization();
  const removeUnit = useDeleteUnit();
  const removePerson = useDeletePerson();
  const own = units.filter((u) => u.organizationId === organization.id);
  const children = organizations.filter((o) => o.parentId === organization.id).length;
  const unitName = new Map(own.map((u) => [u.id, u.name]));
  const deleteError = removeOrganization.error ?? removeUnit.error ?? removePerson.error;

  return (
    <Stack gap="md" data-testid="organization-panel">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="light" color={ink.gray}>
            {kindLabel(organization.kind)}
          </Badge>
          <Text size="sm" c="dimmed">
            {organization.timeZone}
          </Text>
          {organization.defaultLocale && (
            <Text size="sm" c="dimmed">
              {t(`locale.${organization.defaultLocale}`)}
            </Text>
          )}
        </Group>
        <Title order={2} size="h3">
          {organization.name}
        </Title>
        {organization.shortName && <Text>{organization.shortName}</Text>}
        <Group gap="md">
          <Text size="sm">{t('admin.org.below', { n: children })}</Text>
          <Anchor component={Link} href={`/admin?tab=users&org=${organization.id}`} size="sm">
            {t('admin.org.users', { n: userCount })}
          </Anchor>
          <HistoryLink entityType="organization" entityId={organization.id} />
        </Group>
      </Stack>
      {canManage && (
        <Group gap="xs">
          <Button size="xs" onClick={() => setEditing({ kind: 'organization', organization, parentId: organization.parentId })}>
            {t('admin.edit')}
          </Button>
          <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'organization', organization: null, parentId: organization.id })}>
            {t('admin.org.addChild')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color={ink.red}
            loading={removeOrganization.isPending}
            onClick={() => {
              if (!confirmDelete(t('admin.org.deleteConfirm', { name: organization.shortName ?? organization.name }))) return;
              removeOrganization.mutateAsync(organization.id).then(
                () => onSelect(organization.parentId),
                () => undefined,
              );
            }}
          >
            {t('admin.delete')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={deleteError} />

      <section aria-labelledby="units-title">
        <Group justify="space-between" mb={4}>
          <Title order={3} size="h4" id="units-title">
            {t('admin.unit.title')} ({own.length})
          </Title>
          {canManage && (
            <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'unit', unit: null })}>
              {t('admin.unit.add')}
            </Button>
          )}
        </Group>
        {own.length === 0 ? (
          <Text size="sm">{t('admin.unit.none')}</Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.unit.name')}</Table.Th>
                <Table.Th>{t('admin.unit.shortName')}</Table.Th>
                {canManage && <Table.Th w={220}>{t('admin.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {own.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.shortName}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <RowActions
                        name={u.name}
                        onEdit={() => setEditing({ kind: 'unit', unit: u })}
                        onDelete={() => confirmDelete(t('admin.unit.deleteConfirm', { name: u.name })) && removeUnit.mutate(u.id)}
                        history={<HistoryLink entityType="org_unit" entityId={u.id} />}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="people-title">
        <Group justify="space-between" mb={4}>
          <Title order={3} size="h4" id="people-title">
            {t('admin.person.title')} {people.data ? `(${people.data.length})` : ''}
          </Title>
          {canManage && (
            <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'person', person: null })}>
              {t('admin.person.add')}
            </Button>
          )}
        </Group>
        {people.isPending && <PageLoader />}
        <ApiErrorAlert error={people.error} onRetry={() => void people.refetch()} />
        {people.data?.length === 0 && <Text size="sm">{t('admin.person.none')}</Text>}
        {people.data && people.data.length > 0 && (
          <Table striped withTableBorder data-testid="people-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.person.fullName')}</Table.Th>
                <Table.Th>{t('admin.person.position')}</Table.Th>
                <Table.Th>{t('admin.person.unit')}</Table.Th>
                <Table.Th>{t('admin.person.email')}</Table.Th>
                {canManage && <Table.Th w={220}>{t('admin.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.fullName}
                    <Text size="xs" c="dimmed">
                      {p.shortName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{p.position}</Table.Td>
                  <Table.Td>{p.unitId ? unitName.get(p.unitId) : ''}</Table.Td>
                  <Table.Td>{p.email}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <RowActions
                        name={p.shortName}
                        onEdit={() => setEditing({ kind: 'person', person: p })}
                        onDelete={() => confirmDelete(t('admin.person.deleteConfirm', { name: p.fullName })) && removePerson.mutate(p.id)}
                        history={<HistoryLink entityType="person" entityId={p.id} />}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      {editing?.kind === 'organization' && (
        <OrganizationForm
          organization={editing.organization}
          parentId={editing.parentId}
          organizations={organizations}
          allowRoot={allowRoot}
          onClose={(saved) => {
            setEditing(null);
            if (saved) onSelect(saved.id);
          }}
        />
      )}
      {editing?.kind === 'unit' && <UnitForm unit={editing.unit} organizationId={organization.id} onClose={() => setEditing(null)} />}
      {editing?.kind === 'person' && <PersonForm person={editing.person} organizationId={organization.id} units={own} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function RowActions({ name, onEdit, onDelete, history }: { name: string; onEdit: () => void; onDelete: () => void; history: ReactNode }) {
  return (
    <Group gap={6} wrap="wrap">
      <Button style={{ flexShrink: 0 }} size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`${t('admin.edit')}: ${name}`}>
        {t('admin.edit')}
      </Button>
      <Tooltip label={t('admin.delete')}>
        <ActionIcon size="sm" variant="subtle" color={ink.red} onClick={onDelete} aria-label={`${t('admin.delete')}: ${name}`}>
          ×
        </ActionIcon>
      </Tooltip>
      {history}
    </Group>
  );
}

import { allowedRelations, canAnywhere } from '../../../../domain/auth/policy.js';
import { Alert, Button, Grid, Stack, Tabs, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQueryParams } from '../../../lib/use-query-params';
import './admin-styles';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useOrganizations, useUnits } from '../api/directory';
import { useUsers } from '../api/users';
import { subtreeIds } from '../model/organization-tree';
import { OrganizationForm } from './organization-form';
import { OrganizationPanel } from './organization-panel';
import { OrganizationTreeNav } from './organization-tree-nav';
import { UsersTab } from './users-tab';

interface Props {
  me: { id: string; organizationId: string; roles: string[] };
}

/**
 * Administration of the directory and of users. A system administrator manages
 * everything; a commission's administrator its own organisation and those below
 * (the server checks every change; the page only hides what would be refused).
 */
export function AdminPage({ me }: Props) {
  const [params, setParam] = useQueryParams();
  const tab = params.get('tab') === 'users' ? 'users' : 'directory';
  const selectedId = params.get('org');
  const organizations = useOrganizations();
  const units = useUnits();
  const users = useUsers();
  const [creatingRoot, setCreatingRoot] = useState(false);
  const isSysadmin = canAnywhere(me, 'administer', 'system');
  const isAdmin = allowedRelations(me, 'update', 'directory').size > 0;

  const manageable = useMemo(() => {
    const all = organizations.data ?? [];
    if (isSysadmin) return all;
    const ids = subtreeIds(all, me.organizationId);
    return all.filter((o) => ids.has(o.id));
  }, [organizations.data, isSysadmin, me.organizationId]);

  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('admin.title')}>
        {t('admin.forbidden')}
      </Alert>
    );
  }
  const selected = manageable.find((o) => o.id === selectedId) ?? null;
  const userCount = (id: string) => (users.data ?? []).filter((u) => u.organizationId === id).length;

  return (
    <Stack component="section" aria-labelledby="admin-title" gap="md">
      <Title order={1} size="h2" id="admin-title">
        {t('admin.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => setParam({ tab: v === 'users' ? 'users' : null })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="directory">{t('admin.tab.directory')}</Tabs.Tab>
          <Tabs.Tab value="users">{t('admin.tab.users')}</Tabs.Tab>
        </Tabs.List>
        {(organizations.isPending || units.isPending) && <PageLoader />}
        <ApiErrorAlert error={organizations.error ?? units.error} onRetry={() => void (organizations.refetch(), units.refetch())} />
        <Tabs.Panel value="directory" pt="md">
          {organizations.data && units.data && (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Stack gap="xs">
                  <OrganizationTreeNav organizations={manageable} selectedId={selected?.id ?? null} onSelect={(id) => setParam({ org: id })} />
                  {isSysadmin && (
                    <Button variant="light" onClick={() => setCreatingRoot(true)}>
                      {t('admin.org.add')}
                    </Button>
                  )}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }}>
                {selected ? (
                  <OrganizationPanel
                    key={selected.id}
                    organization={selected}
                    organizations={manageable}
                    units={units.data}
                    userCount={userCount(selected.id)}
                    canManage
                    allowRoot={isSysadmin}
                    onSelect={(id) => setParam({ org: id })}
                  />
                ) : (
                  <Alert variant="light" color="gray">
                    {t('admin.org.pick')}
                  </Alert>
                )}
              </Grid.Col>
            </Grid>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          {organizations.data && (
            <UsersTab
              organizations={organizations.data}
              manageable={manageable}
              organizationId={params.get('org')}
              onOrganization={(id) => setParam({ org: id })}
              meId={me.id}
              canGrantSysadmin={isSysadmin}
            />
          )}
        </Tabs.Panel>
      </Tabs>
      {creatingRoot && (
        <OrganizationForm
          organization={null}
          parentId={null}
          organizations={manageable}
          allowRoot
          onClose={(saved) => {
            setCreatingRoot(false);
            if (saved) setParam({ org: saved.id });
          }}
        />
      )}
    </Stack>
  );
}

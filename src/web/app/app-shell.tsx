import { allowedRelations } from '../../domain/auth/policy.js';
import { AppShell, Badge, Burger, Button, Center, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/ru';
import type { QueryClient } from '@tanstack/react-query';
import { meQuery, useLogout, useMe } from '../features/auth/api/session';
import { planQuery, usePlan } from '../features/plans/api/get-plan';
import { LoginPage } from '../features/auth/components/login-page';
import { ChangePasswordPage } from '../features/auth/components/change-password-page';
import { PageLoader } from '../components/ui/page-loader';
import { ApiErrorAlert } from '../components/ui/api-error-alert';
import { ErrorBoundary } from './error-boundary';
import { LanguageSwitch } from './language-switch';
import { NoticeBell } from '../features/execution/components/notice-bell';
import { UserMenu } from './user-menu';
import type { Role } from '../../domain/auth/roles';

// Every page is its own chunk: the first page loads only the shell, sign-in and the plans list.
const PlansPage = lazy(() => import('../features/plans/components/plans-page').then((m) => ({ default: m.PlansPage })));
const loadPlanPage = () => import('../features/plans/components/plan-page');
const PlanPage = lazy(() => loadPlanPage().then((m) => ({ default: m.PlanPage })));
const PrintView = lazy(() => import('../features/plans/components/print-view').then((m) => ({ default: m.PrintView })));
const ImportWizard = lazy(() => import('../features/import/components/import-wizard').then((m) => ({ default: m.ImportWizard })));
const MyItemsPage = lazy(() => import('../features/execution/components/my-items-page').then((m) => ({ default: m.MyItemsPage })));
const DashboardPage = lazy(() => import('../features/execution/components/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const NoticesPage = lazy(() => import('../features/execution/components/notices-page').then((m) => ({ default: m.NoticesPage })));
const ChairmanPage = lazy(() => import('../features/execution/components/chairman-page').then((m) => ({ default: m.ChairmanPage })));
const ReportsPage = lazy(() => import('../features/execution/components/reports-page').then((m) => ({ default: m.ReportsPage })));
const ExportMenu = lazy(() => import('../features/export/components/export-menu').then((m) => ({ default: m.ExportMenu })));
const AdminPage = lazy(() => import('../features/admin/components/admin-page').then((m) => ({ default: m.AdminPage })));
const AuditPage = lazy(() => import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));
const VersionsPage = lazy(() => import('../features/versions/components/versions-page').then((m) => ({ default: m.VersionsPage })));
const ProfilePage = lazy(() => import('../features/auth/components/profile-page').then((m) => ({ default: m.ProfilePage })));
const ConsolidationPage = lazy(() => import('../features/consolidation/components/consolidation-page').then((m) => ({ default: m.ConsolidationPage })));
const RegionalDashboardPage = lazy(() =>
  import('../features/consolidation/components/regional-dashboard-page').then((m) => ({ default: m.RegionalDashboardPage })),
);
const PlaceholderPage = lazy(() => import('../features/placeholders/components/placeholder-page').then((m) => ({ default: m.PlaceholderPage })));

/**
 * Starts what the first screen needs before React renders: the session, and on a
 * plan's address the plan and its page chunk, in parallel rather than one after another.
 */
export function preloadForLocation(client: QueryClient) {
  void client.prefetchQuery(meQuery);
  const plan = /^\/plans\/([0-9a-f-]{36})$/i.exec(window.location.pathname);
  if (plan) {
    void loadPlanPage();
    void client.prefetchQuery(planQuery(plan[1]!));
  }
}

// Roles that work with plans rather than only report on them; a user with none of them starts at «Мои мероприятия».
const planRoles: Role[] = ['sysadmin', 'org_admin', 'planner', 'controller', 'observer'];

// The roles the server lets read the audit trail (their own organisation's, or everything for the system administrator).
const auditRoles: Role[] = ['sysadmin', 'org_admin', 'controller', 'planner'];

// Only the roles that may create plans import them (the policy table's import.create).
const importRoles: Role[] = ['sysadmin', 'planner'];

const nav: { href: string; key: MessageKey; adminOnly?: boolean; roles?: Role[] }[] = [
  { href: '/plans', key: 'nav.plans' },
  { href: '/import', key: 'nav.import', roles: importRoles },
  { href: '/my', key: 'nav.myItems' },
  // Everyone who watches execution; an executor's own work is under «Мои мероприятия».
  { href: '/reports', key: 'nav.reports', roles: ['sysadmin', 'planner', 'controller', 'observer'] },
  // The region watches its lower commissions (plans submitted, late, progress).
  { href: '/consolidation', key: 'consolidation.nav', roles: ['sysadmin', 'planner', 'controller', 'observer'] },
  { href: '/audit', key: 'audit.nav', roles: auditRoles },
  { href: '/admin', key: 'nav.admin', adminOnly: true },
];

// Roles that prepare plans: they see the cascade, submission and consolidated-plan actions (the server has the last word).
const preparingRoles = ['sysadmin', 'planner', 'controller'];

/** The consolidation page of a plan: the shell reads the plan and hands the consolidation feature what it needs. */
function PlanConsolidationRoute({ planId, organizationId, roles }: { planId: string; organizationId: string; roles: string[] }) {
  const plan = usePlan(planId);
  if (plan.isPending) return <PageLoader />;
  if (plan.error) return <ApiErrorAlert error={plan.error} />;
  return <ConsolidationPage plan={plan.data} organizationId={organizationId} canPlan={roles.some((r) => preparingRoles.includes(r))} />;
}

/** A link of the main menu; `compact` on the wide header, where seven links share one line. */
function NavItem({ href, label, onNavigate, compact }: { href: string; label: string; onNavigate?: () => void; compact?: boolean }) {
  const [location] = useLocation();
  const active = location === href || location.startsWith(`${href}/`);
  return (
    <UnstyledButton
      component={Link}
      href={href}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      px="sm"
      py={6}
      style={{
        borderRadius: 4,
        whiteSpace: 'nowrap',
        fontSize: compact ? 'var(--mantine-font-size-sm)' : undefined,
        fontWeight: active ? 700 : 500,
        background: active ? 'var(--mantine-color-blue-0)' : undefined,
        color: active ? 'var(--mantine-color-blue-9)' : 'var(--mantine-color-dark-7)',
      }}
    >
      {label}
    </UnstyledButton>
  );
}

export function App() {
  const me = useMe();
  const logout = useLogout();
  const [location] = useLocation();
  // On a phone the menu and the user block fold behind a burger (the header has room for neither).
  const [menuOpen, menu] = useDisclosure(false);
  useEffect(() => menu.close(), [location]); // eslint-disable-line react-hooks/exhaustive-deps
  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader role="status" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (me.error) {
    return (
      <Center mih="100vh" p="md">
        <ApiErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    );
  }
  if (!me.data) return <LoginPage languageSwitch={<LanguageSwitch />} />;
  if (me.data.user.mustChangePassword) return <ChangePasswordPage login={me.data.user.login} />;
  const roles = me.data.user.roles;
  const organizationId = me.data.user.organizationId;
  const isAdmin = allowedRelations(me.data.user, 'update', 'directory').size > 0;

  // The print view is a bare page: no header, nothing but the plan on paper.
  if (/^\/plans\/[^/]+\/print$/.test(location)) {
    return (
      <Suspense fallback={<PageLoader />}>
        <Route path="/plans/:id/print">{(params) => <PrintView planId={params.id} />}</Route>
      </Suspense>
    );
  }

  const links = nav.filter((n) => (!n.adminOnly || isAdmin) && (!n.roles || n.roles.some((r) => roles.includes(r))));
  const roleNames = roles.map((r) => t(`role.${r}` as MessageKey));
  const organizationName = me.data.organization?.shortName ?? me.data.organization?.name ?? '';
  // The burger's menu (narrow screens) shows the account as a link to the profile.
  const userBlock = (
    <UnstyledButton component={Link} href="/profile" title={t('profile.open')} style={{ lineHeight: 1.2 }}>
      <Text size="sm" fw={600} data-testid="current-user">
        {organizationName}
      </Text>
      <Text size="xs" c="dimmed">
        {me.data.user.displayName}
      </Text>
    </UnstyledButton>
  );
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 300, breakpoint: '80em', collapsed: { mobile: !menuOpen, desktop: true } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text fw={800} size="lg" c="blue.9">
              {t('app.name')}
            </Text>
            <nav aria-label={t('app.mainNav')} className="app-wide-only">
              <Group gap={4} wrap="nowrap">
                {links.map((n) => (
                  <NavItem key={n.href} href={n.href} label={t(n.key)} compact />
                ))}
              </Group>
            </nav>
          </Group>
          <Group gap="xs" wrap="nowrap" className="app-narrow-only">
            <NoticeBell />
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              size="md"
              aria-label={t(menuOpen ? 'app.menuClose' : 'app.menuOpen')}
              aria-expanded={menuOpen}
              aria-controls="app-menu"
            />
          </Group>
          <Group gap="sm" wrap="nowrap" className="app-wide-only" style={{ textAlign: 'right' }}>
            <NoticeBell />
            <UserMenu organizationName={organizationName} displayName={me.data.user.displayName} roleNames={roleNames} onLogout={() => logout.mutate()} />
          </Group>
        </Group>
      </AppShell.Header>
      {menuOpen && (
        <AppShell.Navbar p="md" id="app-menu" className="no-print">
          <Stack gap="md">
            <nav aria-label={t('app.mainNav')}>
              <Stack gap={4}>
                {links.map((n) => (
                  <NavItem key={n.href} href={n.href} label={t(n.key)} onNavigate={menu.close} />
                ))}
              </Stack>
            </nav>
            {userBlock}
            <LanguageSwitch />
            <Group gap={4}>
              {roleNames.map((name) => (
                <Badge key={name} variant="outline" color="gray.8" size="sm">
                  {name}
                </Badge>
              ))}
            </Group>
            <Button variant="light" size="md" onClick={() => logout.mutate()}>
              {t('auth.logout')}
            </Button>
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        <ErrorBoundary key={location}>
          <Suspense fallback={<PageLoader />}>
            <Switch>
              <Route path="/">
                <Redirect to={roles.some((r) => planRoles.includes(r)) ? '/plans' : '/my'} replace />
              </Route>
              <Route path="/plans">
                <PlansPage roles={roles} />
              </Route>
              <Route path="/plans/:id/execution">{(params) => <DashboardPage planId={params.id} />}</Route>
              <Route path="/plans/:id/versions">{(params) => <VersionsPage planId={params.id} />}</Route>
              <Route path="/plans/:id/consolidation">
                {(params) => <PlanConsolidationRoute planId={params.id} organizationId={organizationId} roles={roles} />}
              </Route>
              <Route path="/consolidation">
                <RegionalDashboardPage organizationId={organizationId} />
              </Route>
              <Route path="/plans/:id">
                {(params) => (
                  <PlanPage
                    planId={params.id}
                    roles={roles}
                    organizationId={organizationId}
                    actions={(plan) => (
                      <>
                        <Button component={Link} href={`/plans/${plan.id}/versions`} variant="default" size="sm">
                          {t('versions.link')}
                        </Button>
                        <Button component={Link} href={`/plans/${plan.id}/consolidation`} variant="default" size="sm" data-testid="consolidation-link">
                          {t('consolidation.link')}
                        </Button>
                        {roles.some((r) => auditRoles.includes(r)) && (
                          <Button component={Link} href={`/audit?planId=${plan.id}`} variant="default" size="sm">
                            {t('versions.auditLink')}
                          </Button>
                        )}
                        <Suspense fallback={null}>
                          <ExportMenu plan={plan} />
                        </Suspense>
                      </>
                    )}
                  />
                )}
              </Route>
              <Route path="/import">
                <ImportWizard canImport={roles.some((r) => importRoles.includes(r))} />
              </Route>
              <Route path="/import/:id">{(params) => <ImportWizard importId={params.id} />}</Route>
              <Route path="/my" component={MyItemsPage} />
              <Route path="/chairman" component={ChairmanPage} />
              <Route path="/notices" component={NoticesPage} />
              <Route path="/reports">
                <ReportsPage roles={roles} />
              </Route>
              <Route path="/profile">
                <ProfilePage me={me.data} />
              </Route>
              <Route path="/admin">
                <AdminPage me={me.data.user} />
              </Route>
              <Route path="/audit">
                <AuditPage roles={roles} />
              </Route>
              <Route>
                <PlaceholderPage titleKey="app.notFound" />
              </Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

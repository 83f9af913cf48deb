import { Anchor, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useQueryParams } from '../../../lib/use-query-params';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useDiff } from '../api/get-diff';
import { useVersions } from '../api/list-versions';
import { comparisonFromSearch } from '../model/default-comparison';
import { VersionDiffView } from './version-diff-view';
import { VersionList } from './version-list';

/**
 * «Версии плана»: the snapshots taken at approval and at each amendment, and
 * what changed between two of them or since the latest. The chosen pair lives in
 * the address (?from=&to=), so a comparison can be sent as a link.
 */
export function VersionsPage({ planId }: { planId: string }) {
  const list = useVersions(planId);
  const versions = list.data?.versions;
  const [params, setParams] = useQueryParams({ replace: true });
  const comparison = useMemo(() => (versions ? comparisonFromSearch(params, versions) : null), [params, versions]);
  const diff = useDiff(planId, comparison);

  // Both sides go into the address, so changing one select never moves the other.
  const choose = (key: 'from' | 'to', value: string) =>
    setParams(comparison ? { from: String(comparison.from), to: String(comparison.to), [key]: value } : { [key]: value });

  const options = (versions ?? [])
    .slice()
    .sort((a, b) => b.version - a.version)
    .map((v) => ({ value: String(v.version), label: t('versions.version', { version: v.version }) }));

  return (
    <Stack component="section" aria-labelledby="versions-title" gap="md">
      <Stack gap={2}>
        <Anchor component={Link} href={`/plans/${planId}`} size="sm">
          {t('versions.backToPlan')}
        </Anchor>
        <Title order={1} size="h2" id="versions-title">
          {t('versions.title')}
        </Title>
        {list.data && (
          <Text c="dimmed" data-testid="versions-plan-title">
            {list.data.plan.title}
          </Text>
        )}
      </Stack>
      {list.isPending && <PageLoader />}
      {list.error && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {versions && versions.length === 0 && (
        <Text c="dimmed" data-testid="versions-none">
          {t('versions.none')}
        </Text>
      )}
      {versions && versions.length > 0 && comparison && (
        <>
          <Stack gap="xs">
            <Title order={2} size="h3" id="versions-list-title">
              {t('versions.list')}
            </Title>
            <VersionList versions={versions} />
          </Stack>
          <Paper withBorder p="md">
            <Stack gap="md">
              <Group gap="sm" align="flex-end" component="form" role="group" aria-label={t('versions.compareGroup')} onSubmit={(e) => e.preventDefault()}>
                <NativeSelect
                  label={t('versions.compare')}
                  value={String(comparison.from)}
                  onChange={(e) => choose('from', e.currentTarget.value)}
                  data={options}
                  w={200}
                />
                <NativeSelect
                  label={t('versions.compareWith')}
                  value={String(comparison.to)}
                  onChange={(e) => choose('to', e.currentTarget.value)}
                  data={[{ value: 'current', label: t('versions.current') }, ...options]}
                  w={260}
                />
              </Group>
              {diff.isPending && <PageLoader />}
              {diff.error && <ApiErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />}
              {diff.data && (
                <div aria-busy={diff.isPlaceholderData} style={{ opacity: diff.isPlaceholderData ? 0.6 : 1 }} data-testid="version-diff">
                  <VersionDiffView diff={diff.data} />
                </div>
              )}
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}

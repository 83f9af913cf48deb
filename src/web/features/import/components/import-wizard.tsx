import { Alert, Anchor, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { plural, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import type { ImportOverrides, PlanDraft } from '../../../../shared/plan-format';
import { useConfirmImport, type ConfirmResult } from '../api/confirm-import';
import { useDeleteImport } from '../api/delete-import';
import { importQuery, useImport } from '../api/get-import';
import { useUpdateImport } from '../api/update-import';
import type { ImportRecord } from '../api/types';
import { PreviewStep } from './preview-step';
import { overridesCount } from '../model/overrides';
import { readingUnsure } from '../model/reading-doubt';
import { RereadPanel } from './reread-panel';
import { UploadStep } from './upload-step';

/**
 * Upload → preview and fix → confirm. Cancelling deletes the pending import: nothing is left behind.
 * `canImport` false (a user reached /import by its address without a role that creates plans):
 * say so before a file is chosen, rather than refuse the file after its upload.
 */
export function ImportWizard({ importId, canImport = true }: { importId?: string; canImport?: boolean }) {
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const record = useImport(importId);
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [done, setDone] = useState<ConfirmResult | null>(null);
  const [fixing, setFixing] = useState(false);
  const [overrides, setOverrides] = useState<ImportOverrides>({});
  // Bumped on every re-read: the preview's own field state starts again from the new draft.
  const [reading, setReading] = useState(0);
  const update = useUpdateImport(importId ?? '');
  const confirm = useConfirmImport(importId ?? '');
  const remove = useDeleteImport();

  // A reload (or another user of the import) starts from the corrections the server kept.
  useEffect(() => {
    if (record.data && !draft) {
      setDraft(record.data.draft);
      setOverrides(record.data.overrides ?? {});
      setFixing(readingUnsure(record.data.draft));
    }
  }, [record.data, draft]);

  useEffect(() => {
    if (!importId) {
      setDraft(null);
      setDirty(false);
      setOverrides({});
      setFixing(false);
    }
  }, [importId]);

  const onUploaded = (r: ImportRecord) => {
    client.setQueryData(importQuery(r.id).queryKey, r);
    setDraft(r.draft);
    setDirty(false);
    setDone(null);
    setOverrides(r.overrides ?? {});
    // An unsure reading opens with its raw rows to correct, not a doubtful preview alone.
    setFixing(readingUnsure(r.draft));
    navigate(`/import/${r.id}`);
  };

  const step = done ? 2 : importId ? 1 : 0;

  return (
    <Stack gap="md" component="section" aria-labelledby="import-title">
      <Title order={1} size="h2" id="import-title">
        {t('import.title')}
      </Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('import.step.upload')} />
        <Stepper.Step label={t('import.step.preview')} />
        <Stepper.Step label={t('import.step.done')} />
      </Stepper>
      {step === 0 && !canImport && (
        <Alert color="gray" variant="light" title={t('import.forbidden.title')} maw={720} data-testid="import-forbidden">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('import.forbidden.body')}</Text>
            <Anchor component={Link} href="/my">
              {t('import.forbidden.myItems')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {step === 0 && canImport && <UploadStep onUploaded={onUploaded} />}
      {step === 1 && record.isPending && !draft && <PageLoader />}
      {step === 1 && record.error && !draft && (
        <Stack align="flex-start">
          <ApiErrorAlert error={record.error} />
          <Anchor component={Link} href="/import">
            {t('import.another')}
          </Anchor>
        </Stack>
      )}
      {step === 1 && draft && (draft.source?.rows.length ?? 0) > 0 && (
        <Group>
          <Button variant="default" aria-expanded={fixing} onClick={() => setFixing(!fixing)}>
            {fixing ? t('reread.close') : t('reread.open')}
          </Button>
        </Group>
      )}
      {step === 1 && draft?.source && fixing && (
        <RereadPanel
          importId={importId!}
          source={draft.source}
          warnings={draft.warnings}
          overrides={overrides}
          setOverrides={setOverrides}
          dirty={dirty}
          unsure={readingUnsure(draft) && overridesCount(overrides) === 0}
          onApplied={(r) => {
            client.setQueryData(importQuery(r.id).queryKey, r);
            setDraft(r.draft);
            setOverrides(r.overrides ?? {});
            setDirty(false);
            setReading((n) => n + 1);
          }}
        />
      )}
      {step === 1 && draft && (
        <PreviewStep
          key={reading}
          fileName={record.data?.fileName ?? ''}
          draft={draft}
          onChange={(d) => {
            setDraft(d);
            setDirty(true);
          }}
          dirty={dirty}
          saving={update.isPending}
          onSave={() => update.mutate(draft, { onSuccess: () => setDirty(false) })}
          confirming={confirm.isPending}
          onConfirm={() => confirm.mutate({ draft }, { onSuccess: (r) => setDone(r) })}
          cancelling={remove.isPending}
          onCancel={() =>
            remove.mutate(importId!, {
              onSuccess: () => {
                client.removeQueries({ queryKey: ['imports', importId] });
                navigate('/import');
              },
            })
          }
          error={update.error ?? confirm.error ?? remove.error}
        />
      )}
      {step === 2 && done && (
        <Paper withBorder p="lg" data-testid="import-done">
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>{done.plan.title}</Text>
            <Text>
              {t('import.created', { count: `${done.itemCount} ${plural(done.itemCount, [t('words.item.one'), t('words.item.few'), t('words.item.many')])}` })}
            </Text>
            <Group>
              <Button component={Link} href={`/plans/${done.plan.id}`}>
                {t('import.openPlan')}
              </Button>
              <Button variant="default" onClick={() => (setDone(null), navigate('/import'))}>
                {t('import.another')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

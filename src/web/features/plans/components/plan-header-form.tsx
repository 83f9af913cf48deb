import { ActionIcon, Button, Checkbox, Drawer, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formatDate, parseRuDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { planKinds, planStatuses } from '../../../lib/contracts';
import { ApiError } from '../../../lib/api-client';
import { ApiErrorAlert, fieldError, isFieldError } from '../../../components/ui/api-error-alert';
import { useUpdatePlan, type PlanPatch } from '../api/update-plan';
import type { Plan } from '../model/types';

interface HeaderForm {
  title: string;
  kind: string;
  status: string;
  published: boolean;
  start: string;
  end: string;
  authority: string;
  date: string;
  number: string;
  appendix: string;
  description: string;
  abbreviations: { short: string; full: string }[];
}

const formOf = (plan: Plan): HeaderForm => ({
  title: plan.title,
  kind: plan.kind,
  status: plan.status,
  published: plan.published,
  start: formatDate(plan.period?.start),
  end: formatDate(plan.period?.end),
  authority: plan.approval?.authority ?? '',
  date: formatDate(plan.approval?.date),
  number: plan.approval?.number ?? '',
  appendix: plan.approval?.appendix ?? '',
  description: plan.description ?? '',
  abbreviations: plan.abbreviations.map((a) => ({ ...a })),
});

/** Executed and archived are set by the lifecycle bar's own audited steps, not by the header. */
const editableStatuses: readonly string[] = ['draft', 'review', 'approved'];

/** The plan's «шапка»: title, kind, period, approval (гриф), status, description and glossary. */
export function PlanHeaderForm({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const [form, setForm] = useState<HeaderForm>(() => formOf(plan));
  const [version, setVersion] = useState(plan.version);
  const update = useUpdatePlan(plan.id);
  const set = <K extends keyof HeaderForm>(key: K, value: HeaderForm[K]) => setForm({ ...form, [key]: value });

  const start = parseRuDate(form.start);
  const end = parseRuDate(form.end);
  const approvalDate = parseRuDate(form.date);
  const badStart = form.start.trim() !== '' && !start;
  const badEnd = form.end.trim() !== '' && !end;
  const badDate = form.date.trim() !== '' && !approvalDate;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (badStart || badEnd || badDate) return;
    const patch: PlanPatch = {
      version,
      title: form.title.trim(),
      kind: form.kind,
      period: start && end ? { start, end } : null,
      approval:
        form.authority || approvalDate || form.number || form.appendix.trim()
          ? { authority: form.authority.trim() || null, date: approvalDate, number: form.number.trim() || null, appendix: form.appendix.trim() || null }
          : null,
      description: form.description.trim() || null,
      abbreviations: form.abbreviations.filter((a) => a.short.trim()).map((a) => ({ short: a.short.trim(), full: a.full.trim() })),
    };
    if (form.status !== plan.status) patch.status = form.status;
    if (form.published !== plan.published) patch.published = form.published;
    update.mutate(patch, { onSuccess: (saved) => (setVersion(saved.version), onClose()) });
  };

  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const reload = () => {
    // The form keeps the user's text; only the version moves on so the next save is deliberate.
    update.reset();
    setVersion(plan.version);
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>{t('plan.headerTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} data-testid="plan-header-form">
        <Stack gap="sm">
          {update.error && !isFieldError(update.error, ['title', 'kind', 'period', 'approval', 'abbreviations', 'description', 'status', 'published']) && (
            <ApiErrorAlert error={update.error} onRetry={conflict ? reload : undefined} />
          )}
          <Textarea
            label={t('plans.field.title')}
            autosize
            minRows={2}
            required
            value={form.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError(update.error, 'title')}
          />
          <Group grow>
            <Select
              label={t('plans.field.kind')}
              data={planKinds.map((k) => ({ value: k, label: t(`plans.kind.${k}` as MessageKey) }))}
              value={form.kind}
              onChange={(v) => set('kind', v ?? form.kind)}
              allowDeselect={false}
            />
            <Select
              label={t('plans.field.status')}
              data={planStatuses
                .filter((s) => editableStatuses.includes(s) || s === plan.status)
                .map((s) => ({ value: s, label: t(`plans.status.${s}` as MessageKey) }))}
              value={form.status}
              onChange={(v) => set('status', v ?? form.status)}
              allowDeselect={false}
              error={fieldError(update.error, 'status')}
            />
          </Group>
          <Checkbox label={t('plans.field.published')} checked={form.published} onChange={(e) => set('published', e.currentTarget.checked)} />
          <Group grow>
            <TextInput
              label={t('plans.field.periodStart')}
              value={form.start}
              onChange={(e) => set('start', e.currentTarget.value)}
              error={badStart ? t('plans.field.badDate') : fieldError(update.error, 'period')}
            />
            <TextInput
              label={t('plans.field.periodEnd')}
              value={form.end}
              onChange={(e) => set('end', e.currentTarget.value)}
              error={badEnd ? t('plans.field.badDate') : undefined}
            />
          </Group>
          <Textarea
            label={t('plans.field.approvalAuthority')}
            autosize
            minRows={1}
            value={form.authority}
            onChange={(e) => set('authority', e.currentTarget.value)}
            error={fieldError(update.error, 'approval')}
          />
          <Group grow>
            <TextInput
              label={t('plans.field.approvalDate')}
              value={form.date}
              onChange={(e) => set('date', e.currentTarget.value)}
              error={badDate ? t('plans.field.badDate') : undefined}
            />
            <TextInput label={t('plans.field.approvalNumber')} value={form.number} onChange={(e) => set('number', e.currentTarget.value)} />
            <TextInput
              label={t('plans.field.approvalAppendix')}
              description={t('plans.field.approvalAppendixHint')}
              value={form.appendix}
              onChange={(e) => set('appendix', e.currentTarget.value)}
              maw={160}
            />
          </Group>
          <Textarea
            label={t('plans.field.description')}
            autosize
            minRows={2}
            maxRows={8}
            value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={fieldError(update.error, 'description')}
          />
          <Text fw={600} size="sm" id="abbr-label">
            {t('plans.field.abbreviations')}
          </Text>
          <Stack gap={6} aria-labelledby="abbr-label" role="group">
            {form.abbreviations.map((a, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={`${t('plans.field.abbrShort')} ${i + 1}`}
                  placeholder={t('plans.field.abbrShort')}
                  value={a.short}
                  w={160}
                  onChange={(e) =>
                    set(
                      'abbreviations',
                      form.abbreviations.map((x, j) => (j === i ? { ...x, short: e.currentTarget.value } : x)),
                    )
                  }
                  error={fieldError(update.error, `abbreviations.${i}`)}
                />
                <Textarea
                  aria-label={`${t('plans.field.abbrFull')} ${i + 1}`}
                  placeholder={t('plans.field.abbrFull')}
                  value={a.full}
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  onChange={(e) =>
                    set(
                      'abbreviations',
                      form.abbreviations.map((x, j) => (j === i ? { ...x, full: e.currentTarget.value } : x)),
                    )
                  }
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  style={{ color: 'var(--mantine-color-red-9)' }}
                  mt={6}
                  aria-label={`${t('common.delete')}: ${a.short}`}
                  onClick={() =>
                    set(
                      'abbreviations',
                      form.abbreviations.filter((_, j) => j !== i),
                    )
                  }
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button variant="subtle" size="xs" w="fit-content" onClick={() => set('abbreviations', [...form.abbreviations, { short: '', full: '' }])}>
              {t('plans.field.abbrAdd')}
            </Button>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}

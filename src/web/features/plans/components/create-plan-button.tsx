import { Button, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { parseRuDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { ApiErrorAlert, fieldError, isFieldError } from '../../../components/ui/api-error-alert';
import { planKinds } from '../../../lib/contracts';
import { useCreatePlan } from '../api/create-plan';

export function CreatePlanButton() {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ title: '', kind: 'work_plan', start: `01.01.${new Date().getFullYear()}`, end: `31.12.${new Date().getFullYear()}` });
  const create = useCreatePlan();
  const [, navigate] = useLocation();
  const start = parseRuDate(form.start);
  const end = parseRuDate(form.end);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ((form.start && !start) || (form.end && !end)) return;
    create.mutate({ title: form.title, kind: form.kind, period: start && end ? { start, end } : null }, { onSuccess: (plan) => navigate(`/plans/${plan.id}`) });
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('plans.create')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('plans.createTitle')}>
        <form onSubmit={submit}>
          <Stack>
            {create.error && !isFieldError(create.error, ['title', 'kind', 'period']) && <ApiErrorAlert error={create.error} />}
            <TextInput
              label={t('plans.field.title')}
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
              error={fieldError(create.error, 'title')}
              data-autofocus
            />
            <Select
              label={t('plans.field.kind')}
              data={planKinds.map((k) => ({ value: k, label: t(`plans.kind.${k}` as MessageKey) }))}
              value={form.kind}
              onChange={(v) => setForm({ ...form, kind: v ?? 'work_plan' })}
              allowDeselect={false}
            />
            <TextInput
              label={t('plans.field.periodStart')}
              value={form.start}
              onChange={(e) => setForm({ ...form, start: e.currentTarget.value })}
              error={form.start && !start ? t('plans.field.badDate') : fieldError(create.error, 'period')}
            />
            <TextInput
              label={t('plans.field.periodEnd')}
              value={form.end}
              onChange={(e) => setForm({ ...form, end: e.currentTarget.value })}
              error={form.end && !end ? t('plans.field.badDate') : undefined}
            />
            <Button type="submit" loading={create.isPending}>
              {t('plans.create')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

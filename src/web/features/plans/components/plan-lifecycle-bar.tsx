import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import type { MessageKey } from '../../../i18n/ru';
import { formatDate, parseRuDate, t } from '../../../i18n/t';
import { useCopyPlan, useUnfinishedItems } from '../api/copy-plan';
import { approveAmendment, approvePlan, discardAmendment, setPlanStatus, usePlanTransition, type ActInput, type ClosingStatus } from '../api/plan-lifecycle';
import { actKinds } from '../../../lib/contracts';
import type { Plan } from '../model/types';

const approverRoles = ['controller', 'sysadmin'];

/** The act form shared by approving a plan and approving an amendment. */
function ActModal({
  plan,
  title,
  opened,
  onClose,
  onSubmit,
  pending,
  error,
}: {
  plan: Plan;
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: (act: ActInput) => void;
  pending: boolean;
  error: unknown;
}) {
  const [form, setForm] = useState({ kind: plan.approval?.kind ?? actKinds[0], authority: plan.approval?.authority ?? '', date: '', number: '', appendix: '' });
  const date = parseRuDate(form.date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!date) return;
    onSubmit({ kind: form.kind, authority: form.authority.trim(), date, number: form.number.trim(), appendix: form.appendix.trim() || null });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={submit}>
        <Stack>
          <ApiErrorAlert error={error} />
          <Select
            label={t('lifecycle.act.kind')}
            data={actKinds.map((k) => ({ value: k, label: t(`lifecycle.act.kind.${k}` as MessageKey) }))}
            value={form.kind}
            onChange={(v) => setForm({ ...form, kind: v ?? actKinds[0] })}
            allowDeselect={false}
          />
          <TextInput
            label={t('lifecycle.act.authority')}
            required
            value={form.authority}
            onChange={(e) => setForm({ ...form, authority: e.currentTarget.value })}
          />
          <Group grow>
            <TextInput
              label={t('lifecycle.act.date')}
              required
              value={form.date}
              onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
              error={form.date.trim() && !date ? t('lifecycle.act.badDate') : undefined}
            />
            <TextInput label={t('lifecycle.act.number')} required value={form.number} onChange={(e) => setForm({ ...form, number: e.currentTarget.value })} />
          </Group>
          <TextInput
            label={t('lifecycle.act.appendix')}
            value={form.appendix}
            onChange={(e) => setForm({ ...form, appendix: e.currentTarget.value })}
            maw={240}
          />
          <Button type="submit" loading={pending} disabled={!date}>
            {t('lifecycle.act.submit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

function CopyModal({ plan, opened, onClose }: { plan: Plan; opened: boolean; onClose: () => void }) {
  const year = nextYear(plan);
  const [form, setForm] = useState({ start: `01.01.${year}`, end: `31.12.${year}`, carryOver: true });
  // Step two of a copy with carry-over: the unfinished items, all chosen until the planner unticks some.
  const [step, setStep] = useState<'period' | 'items'>('period');
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const unfinished = useUnfinishedItems(plan.id, form.carryOver);
  const copy = useCopyPlan(plan.id);
  const [, navigate] = useLocation();
  const start = parseRuDate(form.start);
  const end = parseRuDate(form.end);
  const items = unfinished.data?.items ?? [];
  const create = () => {
    if (!start || !end) return;
    const carryOverItemIds = form.carryOver ? items.filter((i) => !dropped.has(i.id)).map((i) => i.id) : undefined;
    copy.mutate(
      { period: { start, end }, carryOver: form.carryOver, ...(carryOverItemIds ? { carryOverItemIds } : {}) },
      { onSuccess: (r) => navigate(`/plans/${r.id}`) },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'period' && form.carryOver && items.length > 0) setStep('items');
    else create();
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(dropped);
    if (on) next.delete(id);
    else next.add(id);
    setDropped(next);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('lifecycle.copyTitle')} size={step === 'items' ? 'xl' : 'md'}>
      <form onSubmit={submit}>
        <Stack>
          <ApiErrorAlert error={copy.error ?? unfinished.error} />
          {step === 'period' ? (
            <>
              <Group grow>
                <TextInput
                  label={t('lifecycle.copy.start')}
                  value={form.start}
                  onChange={(e) => setForm({ ...form, start: e.currentTarget.value })}
                  error={!start ? t('lifecycle.act.badDate') : undefined}
                />
                <TextInput
                  label={t('lifecycle.copy.end')}
                  value={form.end}
                  onChange={(e) => setForm({ ...form, end: e.currentTarget.value })}
                  error={!end ? t('lifecycle.act.badDate') : undefined}
                />
              </Group>
              <Checkbox
                label={t('lifecycle.copy.carryOver')}
                checked={form.carryOver}
                onChange={(e) => setForm({ ...form, carryOver: e.currentTarget.checked })}
              />
              {form.carryOver && unfinished.data && (
                <Text size="sm" c="dimmed" data-testid="unfinished-count">
                  {items.length ? t('lifecycle.copy.unfinishedCount', { count: items.length }) : t('lifecycle.copy.noUnfinished')}
                </Text>
              )}
              <Button type="submit" loading={copy.isPending || (form.carryOver && unfinished.isLoading)} disabled={!start || !end}>
                {form.carryOver && items.length ? t('lifecycle.copy.next') : t('lifecycle.copy.submit')}
              </Button>
            </>
          ) : (
            <>
              <Text size="sm">{t('lifecycle.copy.pickHint')}</Text>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setDropped(new Set())}>
                  {t('lifecycle.copy.pickAll')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setDropped(new Set(items.map((i) => i.id)))}>
                  {t('lifecycle.copy.pickNone')}
                </Button>
              </Group>
              <Stack gap={6} mah={420} style={{ overflowY: 'auto' }} data-testid="carry-over-items">
                {items.map((i) => (
                  <Checkbox
                    key={i.id}
                    checked={!dropped.has(i.id)}
                    onChange={(e) => toggle(i.id, e.currentTarget.checked)}
                    label={`${i.number}. ${i.title}`}
                    description={[i.deadlineText, i.executors].filter(Boolean).join(' · ') || undefined}
                  />
                ))}
              </Stack>
              <Text size="sm" c="dimmed">
                {t('lifecycle.copy.picked', { count: items.length - dropped.size, total: items.length })}
              </Text>
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep('period')}>
                  {t('lifecycle.copy.back')}
                </Button>
                <Button type="submit" loading={copy.isPending}>
                  {t('lifecycle.copy.submit')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

function nextYear(plan: Plan): number {
  return plan.period ? Number(plan.period.end.slice(0, 4)) + 1 : new Date().getFullYear() + 1;
}

/**
 * The plan's place in its life: the гриф as documents print it, the open amendment
 * with its approve and discard, approval of a draft, and the copy to the next period.
 */
export function PlanLifecycleBar({ plan, roles, canEdit, canPlan }: { plan: Plan; roles: string[]; canEdit: boolean; canPlan: boolean }) {
  const [dialog, setDialog] = useState<'approve' | 'amendment' | 'copy' | null>(null);
  const approve = usePlanTransition(plan.id, approvePlan);
  const amend = usePlanTransition(plan.id, approveAmendment);
  const discard = usePlanTransition<void>(plan.id, (id) => discardAmendment(id));
  const closing = usePlanTransition<ClosingStatus>(plan.id, setPlanStatus);
  const step = (status: ClosingStatus, confirm: MessageKey) => {
    if (window.confirm(t(confirm))) closing.mutate(status);
  };
  // The server decides for real; this only hides what the role cannot do.
  const canApprove = roles.length === 0 || roles.some((r) => approverRoles.includes(r));
  const close = () => setDialog(null);
  return (
    <Stack gap="xs" className="no-print">
      {plan.approvalBlock && plan.approvalBlock.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="approval-block">
          {plan.approvalBlock.join(' ')}
        </Text>
      )}
      {plan.amendment && (
        <Alert color="yellow" data-testid="amendment-banner">
          <Stack gap="xs">
            <Text size="sm">{t('lifecycle.amendment', { date: formatDate(plan.amendment.openedAt.slice(0, 10)) })}</Text>
            <Group gap="xs">
              {canApprove && (
                <Button size="xs" onClick={() => setDialog('amendment')}>
                  {t('lifecycle.amendmentApprove')}
                </Button>
              )}
              {canEdit && (
                <Button
                  size="xs"
                  variant="default"
                  loading={discard.isPending}
                  onClick={() => {
                    if (window.confirm(t('lifecycle.amendmentDiscardConfirm'))) discard.mutate();
                  }}
                >
                  {t('lifecycle.amendmentDiscard')}
                </Button>
              )}
            </Group>
            <ApiErrorAlert error={discard.error} />
          </Stack>
        </Alert>
      )}
      {(plan.status === 'executed' || plan.status === 'closed' || plan.status === 'archived') && (
        <Alert color={plan.status === 'archived' ? 'gray' : 'green'} data-testid="closed-banner">
          <Text size="sm">{t(plan.status === 'archived' ? 'lifecycle.archivedBanner' : 'lifecycle.executedBanner')}</Text>
        </Alert>
      )}
      <ApiErrorAlert error={closing.error} />
      <Group gap="xs">
        {canApprove && (plan.status === 'approved' || plan.status === 'amended') && !plan.amendment && (
          <Button size="xs" variant="default" loading={closing.isPending} onClick={() => step('executed', 'lifecycle.executeConfirm')}>
            {t('lifecycle.execute')}
          </Button>
        )}
        {canApprove && (plan.status === 'executed' || plan.status === 'closed') && (
          <>
            <Button size="xs" variant="default" loading={closing.isPending} onClick={() => step('archived', 'lifecycle.archiveConfirm')}>
              {t('lifecycle.archive')}
            </Button>
            <Button size="xs" variant="subtle" loading={closing.isPending} onClick={() => step('approved', 'lifecycle.reopenConfirm')}>
              {t('lifecycle.reopen')}
            </Button>
          </>
        )}
        {canApprove && plan.status === 'archived' && (
          <Button size="xs" variant="default" loading={closing.isPending} onClick={() => step('executed', 'lifecycle.unarchiveConfirm')}>
            {t('lifecycle.unarchive')}
          </Button>
        )}
        {canApprove && (plan.status === 'draft' || plan.status === 'review') && (
          <Button size="xs" onClick={() => setDialog('approve')}>
            {t('lifecycle.approve')}
          </Button>
        )}
        {canPlan && (
          <Button size="xs" variant="default" onClick={() => setDialog('copy')}>
            {t('lifecycle.copy', { year: nextYear(plan) })}
          </Button>
        )}
      </Group>
      {dialog === 'approve' && (
        <ActModal
          plan={plan}
          title={t('lifecycle.approveTitle')}
          opened
          onClose={close}
          pending={approve.isPending}
          error={approve.error}
          onSubmit={(act) => approve.mutate(act, { onSuccess: close })}
        />
      )}
      {dialog === 'amendment' && (
        <ActModal
          plan={plan}
          title={t('lifecycle.amendmentApproveTitle')}
          opened
          onClose={close}
          pending={amend.isPending}
          error={amend.error}
          onSubmit={(act) => amend.mutate(act, { onSuccess: close })}
        />
      )}
      {dialog === 'copy' && <CopyModal plan={plan} opened onClose={close} />}
    </Stack>
  );
}

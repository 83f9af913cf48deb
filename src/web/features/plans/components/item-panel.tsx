import { Alert, Button, Drawer, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { t } from '../../../i18n/t';
import { ApiError } from '../../../lib/api-client';
import { ApiErrorAlert, fieldError, isFieldError } from '../../../components/ui/api-error-alert';
import { columnSpecs } from '../model/columns';
import type { Executor, Plan, PlanNode } from '../model/types';
import type { PlanEditor } from '../model/use-plan-editor';
import type { ItemPatch } from '../api/update-item';
import { DeadlineExplanation } from './deadline-explanation';
import { ExecutorsPicker } from './executors-picker';

type ExecutorInput = Omit<Executor, 'id'>;

interface FormState {
  kind: 'section' | 'item';
  title: string;
  deadlineText: string;
  fields: Record<string, string>;
  notes: string;
  executors: ExecutorInput[];
}

const formOf = (node: PlanNode): FormState => ({
  kind: node.kind,
  title: node.title,
  deadlineText: node.deadlineText ?? '',
  fields: { ...node.fields },
  notes: node.notes ?? '',
  executors: node.executors.map(({ id: _id, ...e }) => e),
});

// Field by field, so that the key order of server objects and form objects does not matter.
const executorKey = (e: ExecutorInput) => [e.text, e.kind, e.role, e.organizationId ?? null, e.personId ?? null, e.unitId ?? null];

function diff(node: PlanNode, form: FormState): ItemPatch {
  const before = formOf(node);
  const patch: ItemPatch = {};
  if (form.kind !== before.kind) patch.kind = form.kind;
  if (form.title !== before.title) patch.title = form.title.trim();
  if (form.deadlineText !== before.deadlineText) patch.deadlineText = form.deadlineText.trim() || null;
  if (JSON.stringify(form.fields) !== JSON.stringify(before.fields)) patch.fields = form.fields;
  if (form.notes !== before.notes) patch.notes = form.notes || null;
  if (JSON.stringify(form.executors.map(executorKey)) !== JSON.stringify(before.executors.map(executorKey))) patch.executors = form.executors;
  return patch;
}

interface Props {
  plan: Plan;
  node: PlanNode | null;
  editor: PlanEditor;
  canEdit: boolean;
  onClose: () => void;
}

/** Everything about one item; edits survive a failed save and a conflict says so instead of overwriting. */
export function ItemPanel({ plan, node, editor, canEdit, onClose }: Props) {
  // The item as it was when the form was filled: what "changed" and the version for the save are measured from it.
  const [base, setBase] = useState<PlanNode | null>(node);
  const [form, setForm] = useState<FormState | null>(node ? formOf(node) : null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const reloadRequested = useRef(false);
  const fieldSpecs = useMemo(
    () => columnSpecs(plan).filter((s) => s.kind === 'field' || (s.kind === 'co_executors' && !node?.executors.some((e) => e.role === 'co_executor'))),
    [plan, node],
  );

  const dirty = base && form ? Object.keys(diff(base, form)).length > 0 : false;

  useEffect(() => {
    setBase(node);
    setForm(node ? formOf(node) : null);
    setError(null);
    setSavedAt(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [node?.id]);

  // A newer version from the server (the table, undo, a reload) refills the form unless the user is mid-edit.
  useEffect(() => {
    if (!node || node.id !== base?.id || node.version === base.version) return;
    if (!dirty || reloadRequested.current) {
      reloadRequested.current = false;
      setBase(node);
      setForm(formOf(node));
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [node?.version]);

  if (!node || !form || !base) return null;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const patch = diff(base, form);
    if (!Object.keys(patch).length) return;
    setSaving(true);
    setError(null);
    editor
      .update(base, patch, { silent: true })
      .then(
        (saved) => {
          const next = { ...base, ...saved, children: base.children };
          setBase(next);
          // The server may have matched executors to the directory: show what it stored.
          setForm(formOf(next));
          setSavedAt(Date.now());
        },
        (err) => setError(err),
      )
      .finally(() => setSaving(false));
  };

  const reload = () => {
    // After a conflict the editor already refetched: the fresher item may be here.
    if (node.version !== base.version) {
      setBase(node);
      setForm(formOf(node));
      setError(null);
      return;
    }
    reloadRequested.current = true;
    void editor.refresh();
  };

  const conflict = error instanceof ApiError && error.status === 409;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm({ ...form, [key]: value });

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>{t('item.panelTitle', { number: node.number })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={save} data-testid="item-panel" aria-label={t('item.panelTitle', { number: node.number })}>
        <Stack gap="md">
          {conflict ? (
            <Alert color="orange" role="alert" title={t('common.conflictTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('item.conflict')}</Text>
                <Button size="xs" variant="white" onClick={reload}>
                  {t('common.reload')}
                </Button>
              </Stack>
            </Alert>
          ) : error && !isFieldError(error, ['title', 'deadlineText', 'notes', 'executors', 'fields', 'kind']) ? (
            <ApiErrorAlert error={error} />
          ) : null}
          <SegmentedControl
            aria-label={t('item.kind')}
            data={[
              { value: 'item', label: t('item.kind.item') },
              { value: 'section', label: t('item.kind.section') },
            ]}
            value={form.kind}
            onChange={(v) => set('kind', v as 'item' | 'section')}
            disabled={!canEdit}
          />
          <Textarea
            label={t('item.title')}
            autosize
            minRows={2}
            maxRows={8}
            value={form.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError(error, 'title')}
            readOnly={!canEdit}
            required
          />
          <div>
            <TextInput
              label={t('item.deadline')}
              description={t('item.deadlineHelp')}
              value={form.deadlineText}
              onChange={(e) => set('deadlineText', e.currentTarget.value)}
              error={fieldError(error, 'deadlineText')}
              readOnly={!canEdit}
              aria-describedby="deadline-explanation"
            />
            <DeadlineExplanation id="deadline-explanation" text={form.deadlineText} period={plan.period} planId={plan.id} />
          </div>
          <div>
            <ExecutorsPicker value={form.executors} onChange={(v) => set('executors', v)} abbreviations={plan.abbreviations} />
            {fieldError(error, 'executors') && (
              <Text size="xs" c="red.9" role="alert">
                {fieldError(error, 'executors')}
              </Text>
            )}
          </div>
          {fieldSpecs.map((spec) => (
            <Textarea
              key={spec.key}
              label={spec.title}
              autosize
              minRows={1}
              maxRows={6}
              value={form.fields[spec.key] ?? ''}
              onChange={(e) => set('fields', { ...form.fields, [spec.key]: e.currentTarget.value })}
              error={fieldError(error, `fields.${spec.key}`)}
              readOnly={!canEdit}
            />
          ))}
          <Textarea
            label={t('item.notes')}
            autosize
            minRows={2}
            maxRows={6}
            value={form.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={fieldError(error, 'notes')}
            readOnly={!canEdit}
          />
          {canEdit && (
            <Group justify="space-between">
              <Text size="sm" c={dirty ? 'red.9' : 'teal.9'} aria-live="polite">
                {dirty ? t('item.unsaved') : savedAt ? t('item.saved') : ''}
              </Text>
              <Group gap="xs">
                <Button variant="default" onClick={onClose}>
                  {t('common.close')}
                </Button>
                <Button type="submit" loading={saving} disabled={!dirty}>
                  {t('common.save')}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </form>
    </Drawer>
  );
}

import { ActionIcon, Alert, Button, FileInput, Group, NumberInput, Progress, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { UploadIcon } from '../../../components/ui/icons';
import { useRef, useState, type FormEvent } from 'react';
import { ApiErrorAlert, fieldError, isFieldError } from '../../../components/ui/api-error-alert';
import { t } from '../../../i18n/t';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { ApiError } from '../../../lib/api-client';
import { useSubmitReport } from '../api/submit-report';
import { uploadFile } from '../api/upload-file';
import { fileSize, reportStatusLabels, ink } from '../model/texts';
import type { FileInfo, OccurrenceDetail, Report, ReportStatus } from '../model/types';

interface Upload {
  localId: string;
  name: string;
  size: number;
  progress: number;
  state: 'uploading' | 'done' | 'error';
  error?: string;
  info?: FileInfo;
}

interface Free {
  name: string;
  value: string;
}

const statuses: ReportStatus[] = ['done', 'partial', 'not_done', 'moved', 'cancelled'];

function parseNumber(text: string | number): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  const clean = text.replace(/\s/g, '').replace(',', '.');
  if (!clean) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : NaN;
}

const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

/**
 * The quick report: status, text, the plan's figures and free ones, links and
 * files. Files upload at once, each with its progress; a refused or oversized
 * file shows its own error and the rest of the form stays as typed.
 */
export function ReportForm({ occurrence, previous, onDone }: { occurrence: OccurrenceDetail; previous: Report | null; onDone: (report: Report) => void }) {
  const submit = useSubmitReport(occurrence.id);
  const indicatorKeys = new Set(occurrence.indicators.map((i) => i.key));
  const [status, setStatus] = useState<ReportStatus>(previous?.status && previous.status !== 'moved' ? previous.status : 'done');
  const [movedTo, setMovedTo] = useState(previous?.movedTo ?? '');
  const [text, setText] = useState(previous?.text ?? '');
  const [figures, setFigures] = useState<Record<string, string | number>>(() =>
    Object.fromEntries(occurrence.indicators.map((i) => [i.key, previous?.metrics[i.key] ?? ''])),
  );
  const [free, setFree] = useState<Free[]>(() =>
    Object.entries(previous?.metrics ?? {})
      .filter(([k]) => !indicatorKeys.has(k))
      .map(([name, v]) => ({ name, value: String(v) })),
  );
  const [links, setLinks] = useState((previous?.links ?? []).join('\n'));
  const [uploads, setUploads] = useState<Upload[]>(() =>
    (previous?.files ?? []).map((f) => ({ localId: f.id, name: f.name, size: f.size, progress: 1, state: 'done', info: f })),
  );
  const [localError, setLocalError] = useState<string | null>(null);
  const clientKey = useRef(newKey());

  const patchUpload = (localId: string, patch: Partial<Upload>) => setUploads((list) => list.map((u) => (u.localId === localId ? { ...u, ...patch } : u)));

  const addFiles = (files: readonly File[]) => {
    for (const file of files) {
      const localId = newKey();
      setUploads((list) => [...list, { localId, name: file.name, size: file.size, progress: 0, state: 'uploading' }]);
      uploadFile(file, (p) => patchUpload(localId, { progress: p }))
        .then((info) => patchUpload(localId, { state: 'done', info, progress: 1 }))
        .catch((error: unknown) => patchUpload(localId, { state: 'error', error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setLocalError(null);
    const metrics: Record<string, number> = {};
    for (const i of occurrence.indicators) {
      const n = parseNumber(figures[i.key] ?? '');
      if (n === null) continue;
      if (Number.isNaN(n)) return setLocalError(t('execution.form.indicatorNotNumber', { title: i.title }));
      metrics[i.key] = n;
    }
    for (const f of free) {
      if (!f.name.trim() && !f.value.trim()) continue;
      const n = parseNumber(f.value);
      if (!f.name.trim() || n === null || Number.isNaN(n)) return setLocalError(t('execution.form.free.invalid'));
      metrics[f.name.trim()] = n;
    }
    // mutateAsync, not mutate's callbacks: the refetch that follows a report can
    // remount this form (its key counts reports) before mutate would call back.
    submit
      .mutateAsync({
        status,
        text: text.trim() || null,
        movedTo: status === 'moved' ? movedTo || null : null,
        metrics,
        links: links
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
        fileIds: uploads.filter((u) => u.state === 'done' && u.info).map((u) => u.info!.id),
        clientKey: clientKey.current,
      })
      .then(
        (report) => {
          clientKey.current = newKey();
          onDone(report);
        },
        () => undefined, // shown from submit.error
      );
  };

  const uploading = uploads.some((u) => u.state === 'uploading');
  const formError = submit.error && !isFieldError(submit.error, ['status', 'movedTo', 'text', 'links', 'metrics', 'fileIds']) ? submit.error : null;
  const fieldMessage = (f: string) => fieldError(submit.error, f);

  return (
    <form onSubmit={onSubmit} aria-label={t('execution.form.label')} noValidate>
      <Stack gap="sm">
        <Radio.Group label={t('execution.form.status')} value={status} onChange={(v) => setStatus(v as ReportStatus)} error={fieldMessage('status')}>
          <Group gap="md" mt={4}>
            {statuses.map((s) => (
              <Radio key={s} value={s} label={reportStatusLabels[s]} />
            ))}
          </Group>
        </Radio.Group>
        {status === 'moved' && (
          <RuDateInput
            label={t('execution.form.movedTo')}
            value={movedTo || null}
            onChange={(iso) => setMovedTo(iso ?? '')}
            error={fieldMessage('movedTo')}
            required
            w={220}
          />
        )}
        <Textarea
          label={t('execution.form.text')}
          description={status === 'done' ? undefined : t('execution.form.textHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={12}
          error={fieldMessage('text')}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          {occurrence.indicators.map((i) => (
            <NumberInput
              key={i.key}
              label={i.title}
              value={figures[i.key] ?? ''}
              onChange={(v) => setFigures((f) => ({ ...f, [i.key]: v }))}
              min={0}
              allowNegative={false}
              thousandSeparator=" "
              decimalSeparator=","
              w={190}
            />
          ))}
        </Group>
        {free.map((f, idx) => (
          <Group key={idx} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('execution.form.free.name')}
              value={f.name}
              onChange={(e) => setFree((list) => list.map((x, i) => (i === idx ? { ...x, name: e.currentTarget.value } : x)))}
              w={260}
            />
            <TextInput
              label={t('execution.form.free.value')}
              inputMode="decimal"
              value={f.value}
              onChange={(e) => setFree((list) => list.map((x, i) => (i === idx ? { ...x, value: e.currentTarget.value } : x)))}
              w={120}
            />
            <ActionIcon
              variant="subtle"
              color={ink.red}
              aria-label={t('execution.form.free.remove', { name: f.name || idx + 1 })}
              onClick={() => setFree((list) => list.filter((_, i) => i !== idx))}
              mb={4}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setFree((list) => [...list, { name: '', value: '' }])}>
            {t('execution.form.free.add')}
          </Button>
        </Group>
        {fieldMessage('metrics') && (
          <Text c={ink.red} size="sm" role="alert">
            {fieldMessage('metrics')}
          </Text>
        )}
        <Textarea
          label={t('execution.form.links')}
          placeholder="https://…"
          value={links}
          onChange={(e) => setLinks(e.currentTarget.value)}
          autosize
          minRows={1}
          error={fieldMessage('links')}
        />
        <Stack gap={4}>
          {/* Always empty: chosen files go straight to upload and are listed below, so the same file can be chosen again. */}
          <FileInput
            multiple
            id={`files-${occurrence.id}`}
            label={t('execution.form.files')}
            placeholder={t('execution.form.filesPlaceholder')}
            leftSection={<UploadIcon />}
            value={[]}
            onChange={(files) => addFiles(files)}
            fileInputProps={{ 'data-testid': 'report-files' } as React.ComponentProps<'input'>}
          />
          {uploads.map((u) => (
            <Stack key={u.localId} gap={2} data-testid="upload">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" truncate>
                  {u.name} · {fileSize(u.size)} ·{' '}
                  {u.state === 'uploading'
                    ? t('execution.form.upload.progress', { percent: Math.round(u.progress * 100) })
                    : u.state === 'done'
                      ? t('execution.form.upload.done')
                      : t('execution.form.upload.failed')}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color={ink.red}
                  aria-label={t('execution.form.upload.remove', { name: u.name })}
                  onClick={() => setUploads((list) => list.filter((x) => x.localId !== u.localId))}
                >
                  ×
                </ActionIcon>
              </Group>
              {u.state === 'uploading' && <Progress value={u.progress * 100} size="sm" aria-label={t('execution.form.upload.aria', { name: u.name })} />}
              {u.state === 'error' && (
                <Text size="sm" c={ink.red} role="alert">
                  {u.error}
                </Text>
              )}
            </Stack>
          ))}
          {fieldMessage('fileIds') && (
            <Text c={ink.red} size="sm" role="alert">
              {fieldMessage('fileIds')}
            </Text>
          )}
        </Stack>
        {localError && (
          <Alert color="red" role="alert" variant="light">
            {localError}
          </Alert>
        )}
        {formError && <ApiErrorAlert error={formError} />}
        {submit.error instanceof ApiError && submit.error.status === 0 && <Text size="sm">{t('execution.form.notSent')}</Text>}
        <Group>
          <Button type="submit" loading={submit.isPending} disabled={uploading}>
            {uploading ? t('execution.form.waitUploads') : t('execution.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

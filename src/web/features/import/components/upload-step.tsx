import { Button, Paper, Progress, Select, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { createImport } from '../api/create-import';
import { useOrganizations } from '../api/list-organizations';
import type { ImportRecord } from '../api/types';

/** Step 1: a file by drag-and-drop or the file picker, with upload progress; errors stay next to the drop zone. */
export function UploadStep({ onUploaded }: { onUploaded: (record: ImportRecord) => void }) {
  const organizations = useOrganizations();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setFileName(file.name);
    setPercent(0);
    createImport(file, organizationId, (p) => setPercent(p.percent)).then(
      (record) => {
        setPercent(null);
        onUploaded(record);
      },
      (e) => {
        setPercent(null);
        setError(e);
        if (input.current) input.current.value = '';
      },
    );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    upload(e.dataTransfer.files[0]);
  };

  const busy = percent !== null;
  return (
    <Stack gap="md" maw={720}>
      {(organizations.data?.length ?? 0) > 1 && (
        <Select
          label={t('import.organization')}
          data={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.shortName ?? o.name }))}
          value={organizationId}
          onChange={setOrganizationId}
          clearable
          searchable
          placeholder="—"
          w={360}
        />
      )}
      <Paper
        withBorder
        p="xl"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? '#1864ab' : error ? '#c92a2a' : undefined,
          background: over ? 'var(--mantine-color-blue-0)' : undefined,
          textAlign: 'center',
        }}
      >
        <Stack align="center" gap="sm">
          <Text fw={600}>{t('import.drop')}</Text>
          <Text size="sm" c="dimmed" id="import-formats">
            {t('import.formats')}
          </Text>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".docx,.html,.htm,.txt,.csv,.json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain,text/csv,application/json"
            onChange={(e) => upload(e.currentTarget.files?.[0])}
            disabled={busy}
            aria-describedby="import-formats"
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
            data-testid="import-file"
          />
          <Button
            component="label"
            htmlFor="import-file"
            loading={busy}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
            tabIndex={0}
          >
            {t('import.choose')}
          </Button>
          {busy && (
            <Stack gap={4} w="100%">
              <Text size="sm">{fileName}</Text>
              <Progress value={percent ?? 0} animated={percent === 100} aria-label={t('import.uploading', { percent: percent ?? 0 })} />
              <Text size="xs" aria-live="polite">
                {t('import.uploading', { percent: percent ?? 0 })}
              </Text>
            </Stack>
          )}
          {error ? (
            <div style={{ width: '100%', textAlign: 'left' }}>
              {fileName && (
                <Text size="sm" mb={4}>
                  {t('import.file', { name: fileName })}
                </Text>
              )}
              <ApiErrorAlert error={error} />
            </div>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}

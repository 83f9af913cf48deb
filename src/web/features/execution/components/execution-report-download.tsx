import { ink } from '../model/texts';
import { t } from '../../../i18n/t';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { useState } from 'react';
import { executionReportUrl } from '../api/plan-progress';

function presets(period: { start: string; end: string } | null) {
  const years = new Set<string>();
  const start = Number((period?.start ?? new Date().toISOString()).slice(0, 4));
  const end = Number((period?.end ?? new Date().toISOString()).slice(0, 4));
  for (let y = start; y <= Math.min(end, start + 5); y++) years.add(String(y));
  return [...years].flatMap((y) => [
    { value: `${y}-01-01|${y}-06-30`, label: t('execution.download.firstHalf', { year: y }) },
    { value: `${y}-07-01|${y}-12-31`, label: t('execution.download.secondHalf', { year: y }) },
    { value: `${y}-01-01|${y}-12-31`, label: t('execution.download.year', { year: y }) },
  ]);
}

/** «Отчет об исполнении» for a half-year, a year or any dates, as DOCX or PDF. */
export function ExecutionReportDownload({ planId, period }: { planId: string; period: { start: string; end: string } | null }) {
  const options = [...presets(period), { value: 'custom', label: t('execution.download.custom') }];
  const [choice, setChoice] = useState(options[0]!.value);
  const [from, setFrom] = useState(period?.start ?? '');
  const [to, setTo] = useState(period?.end ?? '');
  const [start, end] = choice === 'custom' ? [from, to] : (choice.split('|') as [string, string]);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && start <= end;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('execution.download.period')}
          data={options}
          value={choice}
          onChange={(v) => setChoice(v ?? options[0]!.value)}
          allowDeselect={false}
          w={240}
        />
        {choice === 'custom' && (
          <>
            <RuDateInput label={t('execution.download.from')} value={from || null} onChange={(iso) => setFrom(iso ?? '')} w={170} />
            <RuDateInput label={t('execution.download.to')} value={to || null} onChange={(iso) => setTo(iso ?? '')} w={170} />
          </>
        )}
        <Button
          component="a"
          href={valid ? executionReportUrl(planId, start, end, 'docx') : undefined}
          download
          data-disabled={!valid || undefined}
          variant="filled"
        >
          {t('execution.download.docx')}
        </Button>
        <Button
          component="a"
          href={valid ? executionReportUrl(planId, start, end, 'pdf') : undefined}
          download
          data-disabled={!valid || undefined}
          variant="outline"
        >
          {t('execution.download.pdf')}
        </Button>
      </Group>
      {!valid && (
        <Text size="sm" c={ink.red} role="alert">
          {t('execution.download.invalid')}
        </Text>
      )}
    </Stack>
  );
}

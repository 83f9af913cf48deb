import { ink } from '../model/texts';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { executionReportUrl } from '../api/plan-progress';

function presets(period: { start: string; end: string } | null) {
  const years = new Set<string>();
  const start = Number((period?.start ?? new Date().toISOString()).slice(0, 4));
  const end = Number((period?.end ?? new Date().toISOString()).slice(0, 4));
  for (let y = start; y <= Math.min(end, start + 5); y++) years.add(String(y));
  return [...years].flatMap((y) => [
    { value: `${y}-01-01|${y}-06-30`, label: `I полугодие ${y} г.` },
    { value: `${y}-07-01|${y}-12-31`, label: `II полугодие ${y} г.` },
    { value: `${y}-01-01|${y}-12-31`, label: `${y} год` },
  ]);
}

/** «Отчет об исполнении» for a half-year, a year or any dates, as DOCX or PDF. */
export function ExecutionReportDownload({ planId, period }: { planId: string; period: { start: string; end: string } | null }) {
  const options = [...presets(period), { value: 'custom', label: 'Другой период…' }];
  const [choice, setChoice] = useState(options[0]!.value);
  const [from, setFrom] = useState(period?.start ?? '');
  const [to, setTo] = useState(period?.end ?? '');
  const [f, t] = choice === 'custom' ? [from, to] : (choice.split('|') as [string, string]);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(f) && /^\d{4}-\d{2}-\d{2}$/.test(t) && f <= t;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <Select label="Отчетный период" data={options} value={choice} onChange={(v) => setChoice(v ?? options[0]!.value)} allowDeselect={false} w={240} />
        {choice === 'custom' && (
          <>
            <TextInput type="date" label="С" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={170} />
            <TextInput type="date" label="По" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={170} />
          </>
        )}
        <Button component="a" href={valid ? executionReportUrl(planId, f, t, 'docx') : undefined} download data-disabled={!valid || undefined} variant="filled">
          Скачать DOCX
        </Button>
        <Button component="a" href={valid ? executionReportUrl(planId, f, t, 'pdf') : undefined} download data-disabled={!valid || undefined} variant="outline">
          Скачать PDF
        </Button>
      </Group>
      {!valid && (
        <Text size="sm" c={ink.red} role="alert">
          Укажите начало и конец периода (начало не позже конца).
        </Text>
      )}
    </Stack>
  );
}

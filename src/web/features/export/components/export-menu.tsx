import { Anchor, Button, Group, NativeSelect, Popover, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ExportFormat } from '../../../../shared/export-api';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { qs } from '../../../lib/api-client';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { subsetOptions, type ExportablePlan, type SubsetOption } from '../model/export-subset';
import { getLocale, t } from '../../../i18n/t';

// The list is repeated here (type-checked against the shared contract) so that zod stays out of the web bundle.
const exportFormats = ['docx', 'xlsx', 'pdf', 'ics', 'csv', 'json'] as const satisfies readonly ExportFormat[];
const fontSizes = ['12', '13', '14'];

/**
 * «Выгрузить» on the plan page: the plan as DOCX, XLSX, PDF, ICS, CSV or JSON
 * (plain download links: the browser sends the session cookie), optionally only
 * one section, executor or month; a secret calendar link, and the public page
 * when the plan is published.
 */
export function ExportMenu({ plan }: { plan: ExportablePlan }) {
  const planId = plan.id;
  const [fontSize, setFontSize] = useState('12');
  // The documents' own headings and гриф; the plan's texts stay as written. Starts as the interface language.
  const [lang, setLang] = useState<string>(getLocale());
  const [subset, setSubset] = useState({ section: '', executor: '', month: '' });
  const options = useMemo(() => subsetOptions(plan), [plan]);
  const feed = useCreateCalendarFeed();
  const href = (format: string) =>
    `/api/plans/${planId}/export${qs({ format, fontSize: format === 'docx' || format === 'pdf' ? fontSize : null, section: subset.section || null, executor: subset.executor || null, month: subset.month || null, lang: format === 'docx' || format === 'pdf' || format === 'xlsx' || format === 'csv' ? lang : null })}`;
  const select = (key: keyof typeof subset, label: string, data: SubsetOption[]) =>
    data.length > 0 && (
      <NativeSelect
        size="xs"
        label={label}
        value={subset[key]}
        onChange={(e) => setSubset({ ...subset, [key]: e.currentTarget.value })}
        data={[{ value: '', label: t('export.subset.all') }, ...data]}
      />
    );

  return (
    <Popover position="bottom-end" shadow="md" width={360} trapFocus>
      <Popover.Target>
        <Button variant="default">{t('export.button')}</Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('export.title')} data-testid="export-menu">
        <Stack gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('export.subset')}
            </Text>
            {select('section', t('export.subset.section'), options.sections)}
            {select('executor', t('export.subset.executor'), options.executors)}
            {select('month', t('export.subset.month'), options.months)}
          </Stack>
          <Text fw={600}>{t('export.formats')}</Text>
          <Group gap="xs">
            {exportFormats.map((format) => (
              <Anchor key={format} href={href(format)} download data-testid={`export-${format}`}>
                {t(`export.format.${format}`)}
              </Anchor>
            ))}
          </Group>
          <div>
            <Text size="sm" id="export-language">
              {t('export.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="export-language"
              size="xs"
              value={lang}
              onChange={setLang}
              data={[
                { value: 'ky', label: <span lang="ky">{t('locale.ky')}</span> },
                { value: 'ru', label: <span lang="ru">{t('locale.ru')}</span> },
              ]}
              data-testid="export-language"
            />
          </div>
          <div>
            <Text size="sm" id="export-font-size">
              {t('export.fontSize')}
            </Text>
            <SegmentedControl aria-labelledby="export-font-size" size="xs" data={fontSizes} value={fontSize} onChange={setFontSize} />
          </div>
          <Button variant="light" loading={feed.isPending} onClick={() => feed.mutate({ planId })}>
            {t('export.calendar')}
          </Button>
          {feed.error && <ApiErrorAlert error={feed.error} />}
          {feed.data && (
            <>
              <TextInput label={t('export.calendarUrl')} value={feed.data.url} readOnly onFocus={(e) => e.currentTarget.select()} />
              <Text size="xs">{t('export.calendarHint')}</Text>
            </>
          )}
          {plan.published ? (
            <Anchor href={`/public/plans/${planId}`} target="_blank" rel="noopener">
              {t('export.publicPage')}
            </Anchor>
          ) : (
            <Text size="sm">{t('export.notPublished')}</Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

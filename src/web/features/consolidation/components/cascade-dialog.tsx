import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { useCascade } from '../api/cascade';

const classes = ['territorial', 'municipal', 'precinct'] as const;

/** «Довести пункты»: the regional planner sends the items for a class of lower bodies down into their plans. */
export function CascadeDialog({ planId }: { planId: string }) {
  const [open, setOpen] = useState(false);
  const [executorClass, setExecutorClass] = useState<(typeof classes)[number]>('territorial');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const cascade = useCascade(planId);
  return (
    <>
      <Button variant="default" size="sm" onClick={() => setOpen(true)} data-testid="cascade-open">
        {t('consolidation.cascade.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('consolidation.cascade.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('consolidation.cascade.hint')}</Text>
          <Stack gap={4}>
            <Text size="sm" fw={600} id="cascade-class">
              {t('consolidation.cascade.class')}
            </Text>
            <SegmentedControl
              aria-labelledby="cascade-class"
              data={classes.map((value) => ({ value, label: t(`consolidation.class.${value}`) }))}
              value={executorClass}
              onChange={(v) => setExecutorClass(v as (typeof classes)[number])}
            />
          </Stack>
          <RuDateInput label={t('consolidation.cascade.due')} value={dueDate} onChange={setDueDate} />
          <ApiErrorAlert error={cascade.error} />
          {cascade.data && (
            <Alert color="green" data-testid="cascade-result">
              {t('consolidation.cascade.done', { items: cascade.data.items, added: cascade.data.added })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('consolidation.cascade.cancel')}
            </Button>
            <Button loading={cascade.isPending} onClick={() => cascade.mutate({ executorClass, ...(dueDate ? { dueDate } : {}) })} data-testid="cascade-submit">
              {t('consolidation.cascade.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { BeforeAfterTable } from '../../../components/ui/before-after-table';
import type { ReactNode } from 'react';
import { t } from '../../../i18n/t';
import { diffTotal } from '../model/default-comparison';
import type { VersionDiff } from '../model/types';

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <Stack component="section" aria-labelledby={`diff-${id}`} gap="xs" data-testid={`diff-${id}`}>
      <Group gap="xs">
        <Title order={3} size="h4" id={`diff-${id}`}>
          {title}
        </Title>
        <Badge variant="light" color="dark" aria-hidden>
          {count}
        </Badge>
      </Group>
      {children}
    </Stack>
  );
}

// Texts are rendered as React text nodes: titles and values come from users' documents, never as HTML.
const wrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The differences grouped as the commission reads an amendment: added, removed, changed (field by field), renumbered. */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  if (diffTotal(diff) === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center" data-testid="diff-none">
        {t('versions.noDiff')}
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      <Section id="added" title={t('versions.added')} count={diff.added.length}>
        <List spacing={4} size="sm">
          {diff.added.map((i) => (
            <List.Item key={i.id}>
              <b>{i.number}</b> <span style={wrap}>{i.title}</span>
            </List.Item>
          ))}
        </List>
      </Section>
      <Section id="removed" title={t('versions.removed')} count={diff.removed.length}>
        <List spacing={4} size="sm">
          {diff.removed.map((i) => (
            <List.Item key={i.id}>
              <b>{i.number}</b> <span style={wrap}>{i.title}</span>
            </List.Item>
          ))}
        </List>
      </Section>
      <Section id="changed" title={t('versions.changed')} count={diff.changed.length}>
        {diff.changed.map((item) => (
          <Stack key={item.id} gap={4}>
            <Text size="sm" fw={600}>
              {t('versions.item', { number: item.number })}
            </Text>
            <BeforeAfterTable rows={Object.entries(item.changes).map(([field, c]) => ({ key: field, label: field, before: c.before, after: c.after }))} />
          </Stack>
        ))}
      </Section>
      <Section id="renumbered" title={t('versions.renumbered')} count={diff.renumbered.length}>
        <List spacing={4} size="sm">
          {diff.renumbered.map((i) => (
            <List.Item key={i.id}>
              <b>
                {i.from} → {i.to}
              </b>{' '}
              <span style={wrap}>{i.title}</span>
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}

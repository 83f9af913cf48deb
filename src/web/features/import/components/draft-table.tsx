import { Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../../../i18n/t';
import type { DraftItem, PlanDraft } from '../../../../shared/plan-format';
import { executorsFromText, flattenDraft, mergeWithPrevious, splitAt, updateItemAt, type DraftRow } from '../model/draft';
import { deleteRow, toggleSection } from '../model/header';

interface Props {
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
}

type EditKey = 'title' | 'deadline' | 'executors' | `field:${string}`;

const cellValue = (item: DraftItem, key: EditKey): string => {
  if (key === 'title') return item.title;
  if (key === 'deadline') return item.deadline?.text ?? '';
  if (key === 'executors') return item.executors.map((e) => e.text).join(', ');
  return item.fields[key.slice(6)] ?? '';
};

const styles = {
  th: { position: 'sticky', top: 0, background: '#f1f3f5', textAlign: 'left', padding: 6, borderBottom: '2px solid #adb5bd', zIndex: 1 },
  td: { padding: 6, borderBottom: '1px solid #dee2e6', verticalAlign: 'top' },
} as const;

/** The preview tree: every cell can be fixed in place; warnings stand on the rows they are about. */
export function DraftTable({ draft, onChange }: Props) {
  const rows = useMemo(() => flattenDraft(draft), [draft]);
  const [editing, setEditing] = useState<{ path: number[]; key: EditKey; value: string } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fieldColumns = (draft.columns ?? []).filter((c) => !['number', 'title', 'deadline', 'executors'].includes(c.role));

  const commit = () => {
    if (!editing) return;
    const { path, key, value } = editing;
    setEditing(null);
    onChange(
      updateItemAt(draft, path, (item) => {
        if (key === 'title') item.title = value.trim();
        else if (key === 'deadline')
          item.deadline = value.trim()
            ? { text: value.trim(), kind: item.deadline?.text === value.trim() ? item.deadline.kind : 'unknown', windows: [] }
            : null;
        else if (key === 'executors') {
          const old = new Map(item.executors.map((e) => [e.text, e]));
          item.executors = executorsFromText(value).map((text) => old.get(text) ?? { text, kind: 'unknown' });
        } else {
          const field = key.slice(6);
          if (value.trim()) item.fields[field] = value;
          else delete item.fields[field];
        }
      }),
    );
  };

  const split = () => {
    if (!editing || editing.key !== 'title') return;
    const at = textarea.current?.selectionStart ?? editing.value.length;
    const path = editing.path;
    const withText = updateItemAt(draft, path, (item) => (item.title = editing.value));
    setEditing(null);
    onChange(splitAt(withText, path, at));
  };

  const cell = (row: DraftRow, key: EditKey, label: string, content: ReactNode) => {
    const isEditing = editing && editing.key === key && editing.path.join('.') === row.path.join('.');
    if (isEditing) {
      return (
        <td style={styles.td}>
          <textarea
            ref={textarea}
            autoFocus
            aria-label={t('import.cell', { column: label, number: row.item.number ?? '—' })}
            value={editing.value}
            onChange={(e) => setEditing({ ...editing, value: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                commit();
              } else if (e.key === 'Escape') setEditing(null);
            }}
            onBlur={(e) => {
              if (!(e.relatedTarget as HTMLElement | null)?.dataset?.split) commit();
            }}
            style={{ width: '100%', minHeight: 64, font: 'inherit' }}
          />
          {key === 'executors' && <Text size="xs">{t('import.executorsHelp')}</Text>}
          {key === 'title' && (
            <Button size="compact-xs" variant="default" data-split="1" onMouseDown={(e) => e.preventDefault()} onClick={split} title={t('import.splitHint')}>
              {t('import.split')}
            </Button>
          )}
        </td>
      );
    }
    return (
      <td style={{ ...styles.td, cursor: 'text' }} onClick={() => setEditing({ path: row.path, key, value: cellValue(row.item, key) })}>
        <button
          type="button"
          onClick={(e) => {
            e.stopPropagation();
            setEditing({ path: row.path, key, value: cellValue(row.item, key) });
          }}
          style={{ all: 'unset', display: 'block', width: '100%', minHeight: 18, whiteSpace: 'pre-wrap', cursor: 'text' }}
        >
          {/* The name starts with what the button does and still contains the visible text (WCAG 2.5.3). */}
          <VisuallyHidden>{`${t('common.edit')}: ${t('import.cell', { column: label, number: row.item.number ?? '—' })}. `}</VisuallyHidden>
          {content}
        </button>
      </td>
    );
  };

  return (
    <div style={{ maxHeight: 'calc(100vh - 260px)', overflow: 'auto', border: '1px solid #ced4da', borderRadius: 4 }} data-testid="draft-table">
      <table style={{ borderCollapse: 'separate', borderSpacing: 0, width: '100%', fontSize: 14 }} aria-label={t('import.items', { count: rows.length })}>
        <thead>
          <tr>
            <th style={{ ...styles.th, width: 90 }} scope="col">
              {t('table.number')}
            </th>
            <th style={styles.th} scope="col">
              {t('role.column.title')}
            </th>
            <th style={{ ...styles.th, width: 170 }} scope="col">
              {t('role.column.deadline')}
            </th>
            <th style={{ ...styles.th, width: 240 }} scope="col">
              {t('role.column.executors')}
            </th>
            {fieldColumns.map((c) => (
              <th key={c.key} style={{ ...styles.th, width: 180 }} scope="col">
                {c.title}
              </th>
            ))}
            <th style={{ ...styles.th, width: 120 }} scope="col">
              {t('table.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const item = row.item;
            const warn = row.warnings.length > 0;
            const unknownDeadline = item.deadline?.kind === 'unknown';
            return [
              <tr
                key={row.path.join('.')}
                data-number={item.number ?? ''}
                data-line={item.line ?? ''}
                data-warning={warn ? '1' : undefined}
                style={{ background: warn ? '#fff3bf' : item.kind === 'section' ? '#f8f9fa' : undefined, fontWeight: item.kind === 'section' ? 700 : 400 }}
              >
                <td style={{ ...styles.td, paddingLeft: 6 + row.depth * 12, whiteSpace: 'nowrap' }}>{item.number ?? '—'}</td>
                {cell(row, 'title', t('role.column.title'), item.title)}
                {cell(
                  row,
                  'deadline',
                  t('role.column.deadline'),
                  <>
                    {item.deadline?.text ?? ''}
                    {unknownDeadline && (
                      <Badge color="red.9" variant="outline" size="xs" ml={4}>
                        {t('import.deadlineNotUnderstood')}
                      </Badge>
                    )}
                  </>,
                )}
                {cell(
                  row,
                  'executors',
                  t('role.column.executors'),
                  item.executors.map((e, j) => (
                    <span key={j}>
                      {j > 0 && ', '}
                      <span
                        style={e.kind === 'unknown' ? { textDecoration: 'underline dotted #c92a2a', textUnderlineOffset: 3 } : undefined}
                        title={e.kind === 'unknown' ? t('import.unknownExecutor') : (e.matched ?? undefined)}
                      >
                        {e.text}
                      </span>
                    </span>
                  )),
                )}
                {fieldColumns.map((c) => (
                  <Fragment key={c.key}>{cell(row, `field:${c.key}`, c.title, item.fields[c.key] ?? '')}</Fragment>
                ))}
                <td style={styles.td}>
                  <Stack gap={2} align="flex-start">
                    {i > 0 && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => onChange(mergeWithPrevious(draft, row.path))}
                        aria-label={`${t('import.merge')}: ${item.number ?? item.title.slice(0, 30)}`}
                      >
                        {t('import.merge')}
                      </Button>
                    )}
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onChange(toggleSection(draft, row.path))}
                      aria-label={`${t(item.kind === 'section' ? 'import.markItem' : 'import.markSection')}: ${item.number ?? item.title.slice(0, 30)}`}
                    >
                      {t(item.kind === 'section' ? 'import.markItem' : 'import.markSection')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      c="red.9"
                      onClick={() => onChange(deleteRow(draft, row.path))}
                      aria-label={`${t('import.deleteRow')}: ${item.number ?? item.title.slice(0, 30)}`}
                    >
                      {t('import.deleteRow')}
                    </Button>
                  </Stack>
                </td>
              </tr>,
              warn || item.executors.some((e) => e.suggestion) ? (
                <tr key={`${row.path.join('.')}-notes`} style={{ background: warn ? '#fff3bf' : undefined }}>
                  <td style={styles.td} />
                  <td colSpan={4 + fieldColumns.length} style={styles.td}>
                    {row.warnings.map((w, j) => (
                      <Text key={j} size="xs" c="dark.9" role="note">
                        ⚠ {w.message} {w.line !== null && `(${t('import.warningLine', { line: w.line })})`}
                      </Text>
                    ))}
                    <Group gap="xs">
                      {item.executors
                        .map((e, j) => ({ e, j }))
                        .filter(({ e }) => e.suggestion)
                        .map(({ e, j }) => (
                          <Button
                            key={j}
                            size="compact-xs"
                            variant="outline"
                            onClick={() =>
                              onChange(
                                updateItemAt(draft, row.path, (it) => {
                                  it.executors[j] = { text: e.suggestion!, kind: 'organization', matched: e.suggestion ?? null };
                                }),
                              )
                            }
                          >
                            «{e.text}» → {t('import.acceptSuggestion', { suggestion: e.suggestion! })}
                          </Button>
                        ))}
                    </Group>
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

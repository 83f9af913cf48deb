import { Button, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { formatDate, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlan } from '../api/get-plan';
import { cellText, columnSpecs } from '../model/columns';
import { flattenTree } from '../model/tree';

const css = `
@page { size: A4 landscape; margin: 12mm; }
.print-page { font-family: 'Times New Roman', 'Liberation Serif', serif; color: #000; padding: 16px; }
.print-page table { border-collapse: collapse; width: 100%; font-size: 11pt; }
.print-page th, .print-page td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; text-align: left; }
.print-page thead { display: table-header-group; }
.print-page tr { break-inside: avoid; }
.print-page .section td { font-weight: bold; }
.print-grif { margin-left: 60%; margin-bottom: 16px; font-size: 11pt; }
.print-title { text-align: center; font-weight: bold; font-size: 13pt; margin: 0 0 12px; }
@media print { .no-print { display: none !important; } .print-page { padding: 0; } }
`;

/** A tidy landscape table for the browser's «Печать → Сохранить как PDF». */
export function PrintView({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  const rows = useMemo(() => (plan.data ? flattenTree(plan.data.items, new Set()) : []), [plan.data]);
  const specs = useMemo(() => (plan.data ? columnSpecs(plan.data) : []), [plan.data]);
  if (plan.isPending) return <PageLoader />;
  if (plan.error) return <ApiErrorAlert error={plan.error} />;
  const p = plan.data;
  return (
    <main className="print-page">
      <style>{css}</style>
      <Group className="no-print" mb="md" gap="sm">
        <Button onClick={() => window.print()}>{t('print.button')}</Button>
        <Button component={Link} href={`/plans/${p.id}`} variant="default">
          {t('print.back')}
        </Button>
        <Text size="sm">{t('print.hint')}</Text>
      </Group>
      {/* The гриф in the words of the documents (approval-block.ts, computed by the server). */}
      {p.approvalBlock && p.approvalBlock.length > 0 && (
        <div className="print-grif" data-testid="print-grif">
          {p.approvalBlock.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      )}
      {/* The working copy of an amendment is not the approved text: it must not print as if it were. */}
      {p.amendment && <div className="print-grif">{t('lifecycle.amendmentPrint', { date: formatDate(p.amendment.openedAt.slice(0, 10)) })}</div>}
      <h1 className="print-title">{p.title}</h1>
      <table>
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{t('print.numberColumn')}</th>
            {specs.map((s) => (
              <th key={s.key}>{s.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ node, depth }) => (
            <tr key={node.id} className={node.kind === 'section' ? 'section' : undefined}>
              <td>{node.number}</td>
              {specs.map((s) => (
                <td key={s.key} style={s.kind === 'title' ? { paddingLeft: 5 + depth * 8 } : undefined}>
                  {cellText(node, s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {p.abbreviations.length > 0 && (
        <section style={{ marginTop: 16, fontSize: '11pt' }}>
          <p>
            <b>
              <i>{t('print.abbreviations')}</i>
            </b>
          </p>
          {p.abbreviations.map((a) => (
            <p key={a.short} style={{ margin: '2px 0' }}>
              {a.short} — {a.full}
            </p>
          ))}
        </section>
      )}
    </main>
  );
}

/**
 * A plan row as recognised from any layout, before the tree is built. Texts are cleaned;
 * empty strings mean "absent".
 */
export interface PlanRecord {
  kind: 'section' | 'item';
  /** Number as written, normalised without the trailing dot ("1.2", "I"). */
  number: string | null;
  /** Arabic form used for the hierarchy ("I" → "1"). */
  alias: string | null;
  /** Numbered by «Раздел I» or a Roman number: a numbering of its own, items below may restart at 1. */
  marker: boolean;
  title: string;
  deadline: string;
  executors: string;
  coExecutors: string;
  /** Other columns by column key. */
  fields: Record<string, string>;
  line: number;
  /** The row said it is a heading: bold only, «Раздел …», a Roman number, a goal cell. */
  sectionHint: boolean;
  /** The file ended inside this row (layouts mark it): a measure cut short, never taken for a heading. */
  cutByPage?: boolean;
  /** A month heading above the row («Январь»), used when the row has no deadline of its own. */
  monthGroup: string | null;
}

export interface ImportWarning {
  message: string;
  line: number | null;
}

export type Warn = (message: string, line: number | null) => void;

export function emptyRecord(line: number): PlanRecord {
  return {
    kind: 'item',
    number: null,
    alias: null,
    marker: false,
    title: '',
    deadline: '',
    executors: '',
    coExecutors: '',
    fields: {},
    line,
    sectionHint: false,
    monthGroup: null,
  };
}

export function hasDetails(record: PlanRecord): boolean {
  return record.deadline !== '' || record.executors !== '' || record.coExecutors !== '' || Object.values(record.fields).some((v) => v !== '');
}

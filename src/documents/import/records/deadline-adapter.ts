import { interpretDeadline } from '../../../domain/deadline/index.js';
import { deadlineKinds, type DeadlineKind, type Period } from '../../../shared/plan-format.js';

/**
 * The importer's only contact with the deadline engine. The engine is developed separately and
 * may still throw or return odd shapes; the draft must stay valid, and the original text is
 * always the one stored.
 */
export interface DraftDeadline {
  text: string;
  kind: DeadlineKind;
  windows: { start: string; end: string }[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function toDraftDeadline(
  text: string,
  context: { period: Period | null; elections: { votingDay: string; name: string | null; calledOn?: string | null | undefined }[] },
): DraftDeadline {
  try {
    const elections = context.elections.map((e) => ({ name: e.name, votingDay: e.votingDay, calledOn: e.calledOn ?? null }));
    const result = interpretDeadline(text, { period: context.period, elections });
    const kind = (deadlineKinds as readonly string[]).includes(result.kind) ? result.kind : 'unknown';
    const windows = Array.isArray(result.windows)
      ? result.windows.filter((w) => w && ISO.test(w.start) && ISO.test(w.end)).map((w) => ({ start: w.start, end: w.end }))
      : [];
    return { text, kind, windows };
  } catch {
    return { text, kind: 'unknown', windows: [] };
  }
}

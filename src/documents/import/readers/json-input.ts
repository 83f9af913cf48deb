import { planDraftSchema, type PlanDraft } from '../../../shared/plan-format.js';
import { ImportError } from '../import-error.js';

/** The interchange JSON (docs/plan-format.md) is accepted back as is, so export → import round-trips. */
export function parseJsonDraft(text: string): PlanDraft {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError('import_unreadable', 'Файл JSON повреждён: разбор не удался.', { cause: error });
  }
  const parsed = planDraftSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (поле ${first.path.join('.')})` : '';
    throw new ImportError('import_not_a_plan', `JSON не соответствует формату плана Planik${where}: ${first?.message ?? 'ошибка формата'}.`);
  }
  return parsed.data;
}

/** An executor's request to move a deadline (issue #18): what makes it acceptable to ask. */
/** Why an extension cannot be asked for, or null. */
export function extensionViolation(
  input: { newDate: string; reason: string },
  current: { state: string; dueDate: string | null },
  plan: { periodEnd: string | null },
): { field: string; message: string; conflict?: boolean } | null {
  if (current.state === 'done') return { field: 'newDate', message: 'Мероприятие уже исполнено: перенос срока не нужен', conflict: true };
  if (!current.dueDate) return { field: 'newDate', message: 'Срок мероприятия еще не установлен: переносить нечего', conflict: true };
  if (input.newDate <= current.dueDate) return { field: 'newDate', message: `Новый срок должен быть позже действующего (${current.dueDate})` };
  if (plan.periodEnd && input.newDate > addYear(plan.periodEnd)) return { field: 'newDate', message: 'Новый срок дальше чем через год после окончания плана' };
  if (input.reason.trim().length < 5) return { field: 'reason', message: 'Укажите причину переноса' };
  return null;
}

function addYear(date: string): string {
  return `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
}

import { Select } from '@mantine/core';
import { t } from '../../../i18n/t';

/** Voting lasts one to three consecutive days (ст. 63.1 67-ФЗ); the voting day entered is the last of them. */
export function VotingDaysSelect({ value, onChange }: { value: number; onChange: (days: number) => void }) {
  return (
    <Select
      label={t('events.votingDays')}
      description={t('events.votingDaysHint')}
      data={['1', '2', '3']}
      value={String(value)}
      onChange={(v) => onChange(v === null ? 1 : Number(v))}
      allowDeselect={false}
      w={200}
    />
  );
}

/** ISO date of the first of `days` voting days ending on `votingDay`. */
export function firstVotingDayOf(votingDay: string, days: number): string {
  const ms = Date.parse(`${votingDay}T00:00:00Z`);
  return Number.isNaN(ms) ? votingDay : new Date(ms - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

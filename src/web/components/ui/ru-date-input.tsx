import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDate, parseRuDate, t } from '../../i18n/t';

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** ISO date or null. */
  value: string | null;
  onChange: (iso: string | null) => void;
}

/**
 * A date typed the way Russian documents write it (дд.мм.гггг), whatever the
 * browser's language: a native date field shows mm/dd/yyyy in an English browser.
 * The value is taken when the field is left or Enter pressed; an unreadable date
 * is shown as an error and changes nothing.
 */
export function RuDateInput({ value, onChange, error, ...rest }: Props) {
  const [text, setText] = useState(formatDate(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText(formatDate(value));
    setBad(false);
  }, [value]);

  const commit = () => {
    const trimmed = text.trim();
    if (!trimmed) {
      setBad(false);
      if (value !== null) onChange(null);
      return;
    }
    const iso = parseRuDate(trimmed);
    setBad(!iso);
    if (iso && iso !== value) onChange(iso);
  };

  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={t('common.datePlaceholder')}
      inputMode="numeric"
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={bad ? t('common.badDate') : error}
    />
  );
}

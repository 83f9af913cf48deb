import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { t } from '../../../i18n/t';
import { ApiErrorAlert, isFieldError } from '../../../components/ui/api-error-alert';

interface Props {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  /** Fields that show the server's message themselves; any other error is shown above the buttons. */
  fields: string[];
  submitLabel?: string;
  children: ReactNode;
}

/** A modal form of the administration pages: fields, the error the server gave, Save / Cancel. */
export function FormModal({ title, opened, onClose, onSubmit, pending, error, fields, submitLabel, children }: Props) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          {children}
          {error && !isFieldError(error, fields) ? <ApiErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

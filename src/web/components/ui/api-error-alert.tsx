import { Alert, Button, Group, Text } from '@mantine/core';
import { t } from '../../i18n/t';
import { ApiError } from '../../lib/api-client';

interface Props {
  error: unknown;
  /** Offered as a button: reload after a conflict, retry after a network failure. */
  onRetry?: (() => void) | undefined;
  retryLabel?: string | undefined;
  title?: string | undefined;
}

/** Shows the API's Russian message where the failed action was started, never a blank page. */
export function ApiErrorAlert({ error, onRetry, retryLabel, title }: Props) {
  if (!error) return null;
  const isConflict = error instanceof ApiError && error.status === 409;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color={isConflict ? 'orange' : 'red'} role="alert" title={title ?? (isConflict ? t('common.conflictTitle') : undefined)} variant="light">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dark.9">
          {message}
        </Text>
        {onRetry && (
          <Button size="xs" variant="white" onClick={onRetry}>
            {retryLabel ?? (isConflict ? t('common.reload') : t('app.retry'))}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** The message for a form field when the server blamed exactly that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field !== null && (error.field === field || error.field.startsWith(`${field}.`)) ? error.message : undefined;
}

/** The message for the form as a whole when no single field was blamed. */
export function isFieldError(error: unknown, fields: string[]): boolean {
  return error instanceof ApiError && error.field !== null && fields.some((f) => error.field === f || error.field!.startsWith(`${f}.`));
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/t';

/** A render error (or a failed lazy chunk after a redeploy) shows a message and a way back, not a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" role="alert" title={t('app.pageError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{this.state.error.message}</Text>
          <Button size="xs" onClick={() => window.location.reload()}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}

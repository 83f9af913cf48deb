import { Alert, Badge, Button, Code, CopyButton, Group, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { t } from '../../../i18n/t';
import { ink } from '../../../components/ui/ink';
import { ApiErrorAlert, fieldError } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { formatDateTime } from '../../../lib/date-time';
import { useCreateToken, useRevokeToken, useTokens, type TokenScope } from '../api/tokens';

/** Personal tokens for integrations: issued here, shown once, revocable; the list never shows a token again. */
export function ApiTokens() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<'read' | 'write'>('read');
  const [missing, setMissing] = useState(false);
  const [issued, setIssued] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setMissing(true);
    setMissing(false);
    const scopes: TokenScope[] = access === 'write' ? ['read', 'write'] : ['read'];
    create.mutateAsync({ name: name.trim(), scopes }).then(
      (r) => (setIssued(r.token), setName('')),
      () => undefined,
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('tokens.intro')}</Text>
      {issued && (
        <Alert
          color="green"
          variant="light"
          role="status"
          title={t('tokens.issuedTitle')}
          withCloseButton
          onClose={() => setIssued(null)}
          closeButtonLabel={t('common.close')}
        >
          <Text size="sm">{t('tokens.issuedText')}</Text>
          <Group gap="xs" mt={6} wrap="nowrap">
            <Code data-testid="issued-token" style={{ wordBreak: 'break-all' }}>
              {issued}
            </Code>
            <CopyButton value={issued}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="light" onClick={copy}>
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" mt={6}>
            {t('tokens.usage')} <Code>Authorization: Bearer {issued.slice(0, 8)}…</Code>
          </Text>
        </Alert>
      )}
      <form onSubmit={submit} aria-label={t('tokens.create')} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('tokens.name')}
            placeholder={t('tokens.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={(missing && !name.trim() ? t('tokens.nameRequired') : undefined) ?? fieldError(create.error, 'name')}
            w={320}
          />
          <Radio.Group label={t('tokens.access')} value={access} onChange={(v) => setAccess(v as 'read' | 'write')}>
            <Group gap="md" mt={6} mb={8}>
              <Radio value="read" label={t('tokens.scope.read')} />
              <Radio value="write" label={t('tokens.scope.write')} />
            </Group>
          </Radio.Group>
          <Button type="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Group>
      </form>
      <ApiErrorAlert error={create.error && !fieldError(create.error, 'name') ? create.error : null} />
      <ApiErrorAlert error={revoke.error} />
      {tokens.isPending && <PageLoader />}
      <ApiErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      {tokens.data?.length === 0 && <Text size="sm">{t('tokens.none')}</Text>}
      {tokens.data && tokens.data.length > 0 && (
        <Table striped withTableBorder data-testid="tokens-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tokens.name')}</Table.Th>
              <Table.Th>{t('tokens.access')}</Table.Th>
              <Table.Th>{t('tokens.created')}</Table.Th>
              <Table.Th>{t('tokens.lastUsed')}</Table.Th>
              <Table.Th>{t('tokens.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((tok) => (
              <Table.Tr key={tok.id} data-token={tok.name}>
                <Table.Td>{tok.name}</Table.Td>
                <Table.Td>{tok.scopes.includes('write') ? t('tokens.scope.write') : t('tokens.scope.read')}</Table.Td>
                <Table.Td>{formatDateTime(tok.createdAt)}</Table.Td>
                <Table.Td>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t('tokens.never')}</Table.Td>
                <Table.Td>
                  {tok.revokedAt ? (
                    <Badge color={ink.gray} variant="light">
                      {t('tokens.revoked', { date: formatDateTime(tok.revokedAt) })}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={ink.red}
                      loading={revoke.isPending && revoke.variables === tok.id}
                      aria-label={`${t('tokens.revoke')}: ${tok.name}`}
                      onClick={() => window.confirm(t('tokens.revokeConfirm', { name: tok.name })) && revoke.mutate(tok.id)}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

import { Badge, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'wouter';
import { t } from '../i18n/t';
import { LanguageSwitch } from './language-switch';

interface UserMenuProps {
  organizationName: string;
  displayName: string;
  roleNames: string[];
  onLogout: () => void;
}

/**
 * The signed-in user on a wide header: one button (the commission and the person) that opens the
 * profile, the roles, the language and «Выйти». The seven links of an administrator need the
 * header's width; the account's controls fit behind one button, in Kyrgyz as in Russian.
 */
export function UserMenu({ organizationName, displayName, roleNames, onLogout }: UserMenuProps) {
  return (
    <Menu position="bottom-end" width={300} shadow="md">
      <Menu.Target>
        <UnstyledButton title={t('app.userMenu')} style={{ lineHeight: 1.2, maxWidth: 220, minWidth: 0, textAlign: 'right' }}>
          <Text size="sm" fw={600} truncate="end" data-testid="current-user">
            {organizationName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {displayName}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{displayName}</Menu.Label>
        <Group gap={4} px="sm" pb="xs">
          {roleNames.map((name) => (
            <Badge key={name} variant="outline" color="gray.8" size="sm">
              {name}
            </Badge>
          ))}
        </Group>
        <Menu.Item component={Link} href="/profile">
          {t('profile.open')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('app.language')}</Menu.Label>
        <Box px="sm" pb="xs">
          <LanguageSwitch />
        </Box>
        <Menu.Divider />
        <Menu.Item onClick={onLogout}>{t('auth.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'wouter';
import { isLocale, type Locale } from '../../shared/locale';
import { useLocale } from '../i18n/locale-context';
import { t } from '../i18n/t';

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
        <LanguageItems />
        <Menu.Divider />
        <Menu.Item onClick={onLogout}>{t('auth.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * The language inside the account menu: a menu may only hold menu items, so the choice is a group of
 * «menuitemradio» items (a segmented control there is a radiogroup that screen readers and axe reject).
 */
const MENU_ORDER: readonly Locale[] = ['ky', 'ru'];

function LanguageItems() {
  const { locale, change, saveFailed } = useLocale();
  return (
    <div role="group" aria-label={t('locale.switch')} data-testid="language-switch">
      <Menu.RadioGroup
        value={locale}
        onChange={(value) => {
          if (isLocale(value) && value !== locale) change(value);
        }}
      >
        {MENU_ORDER.map((value) => (
          <Menu.RadioItem key={value} value={value} lang={value}>
            {t(value === 'ky' ? 'locale.ky' : 'locale.ru')}
          </Menu.RadioItem>
        ))}
      </Menu.RadioGroup>
      {saveFailed && (
        <Text size="xs" c="red.9" role="alert" px="sm">
          {t('locale.saveFailed')}
        </Text>
      )}
    </div>
  );
}

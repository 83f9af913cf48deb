import { Select, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { fieldError } from '../../../components/ui/api-error-alert';
import { useCreateOrganization, useUpdateOrganization, type OrganizationInput } from '../api/directory';
import { organizationKinds, type Organization, type OrganizationKind } from '../model/types';
import { subtreeIds } from '../model/organization-tree';
import { FormModal } from './form-modal';
import { isLocale, locales } from '../../../../shared/locale';

const timeZones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone').filter((z) => /^(Europe|Asia)\//.test(z));
  } catch {
    return [
      'Europe/Kaliningrad',
      'Europe/Moscow',
      'Europe/Samara',
      'Asia/Yekaterinburg',
      'Asia/Omsk',
      'Asia/Novosibirsk',
      'Asia/Krasnoyarsk',
      'Asia/Irkutsk',
      'Asia/Yakutsk',
      'Asia/Vladivostok',
      'Asia/Magadan',
      'Asia/Kamchatka',
      'Asia/Bishkek',
    ];
  }
})();

export const kindLabel = (kind: string) => t(`admin.kind.${kind}` as MessageKey);
export const orgLabel = (o: Pick<Organization, 'name' | 'shortName'>) => o.shortName ?? o.name;

interface Props {
  /** The organisation to edit, or null to create one under `parentId`. */
  organization: Organization | null;
  parentId: string | null;
  organizations: Organization[];
  /** Whether an organisation may be created at the top level (system administrator). */
  allowRoot: boolean;
  onClose: (saved?: Organization) => void;
}

export function OrganizationForm({ organization, parentId, organizations, allowRoot, onClose }: Props) {
  const parent = organizations.find((o) => o.id === (organization?.parentId ?? parentId));
  const [form, setForm] = useState<OrganizationInput>(() => ({
    kind: organization?.kind ?? (parent?.kind === 'regional' ? 'territorial' : 'other'),
    name: organization?.name ?? '',
    shortName: organization?.shortName ?? '',
    parentId: organization ? organization.parentId : parentId,
    timeZone: organization?.timeZone ?? parent?.timeZone ?? 'Europe/Moscow',
    // A new commission speaks its parent's language: a Kyrgyz ТИК is created under the CEC KG.
    defaultLocale: organization?.defaultLocale ?? parent?.defaultLocale ?? 'ru',
  }));
  const [missing, setMissing] = useState(false);
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const mutation = organization ? update : create;
  const set = <K extends keyof OrganizationInput>(k: K, v: OrganizationInput[K]) => setForm((f) => ({ ...f, [k]: v }));

  // An organisation cannot move under itself or its own subordinates.
  const parentOptions = useMemo(() => {
    const excluded = organization ? subtreeIds(organizations, organization.id) : new Set<string>();
    return organizations.filter((o) => !excluded.has(o.id)).map((o) => ({ value: o.id, label: orgLabel(o) }));
  }, [organizations, organization]);

  const submit = () => {
    if (!form.name.trim()) return setMissing(true);
    const input = { ...form, name: form.name.trim(), shortName: form.shortName?.trim() || null };
    // mutateAsync: the list refetch after saving re-renders the page that holds this form.
    (organization ? update.mutateAsync({ id: organization.id, ...input }) : create.mutateAsync(input)).then(onClose, () => undefined);
  };

  return (
    <FormModal
      opened
      title={organization ? t('admin.org.editTitle') : t('admin.org.createTitle')}
      onClose={() => onClose()}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['kind', 'name', 'shortName', 'parentId', 'timeZone', 'defaultLocale']}
    >
      <Select
        label={t('admin.org.kind')}
        data={organizationKinds.map((k) => ({ value: k, label: kindLabel(k) }))}
        value={form.kind}
        onChange={(v) => v && set('kind', v as OrganizationKind)}
        allowDeselect={false}
        error={fieldError(mutation.error, 'kind')}
      />
      <TextInput
        label={t('admin.org.name')}
        required
        value={form.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={(missing && !form.name.trim() ? t('admin.required') : undefined) ?? fieldError(mutation.error, 'name')}
        data-autofocus
      />
      <TextInput
        label={t('admin.org.shortName')}
        value={form.shortName ?? ''}
        onChange={(e) => set('shortName', e.currentTarget.value)}
        error={fieldError(mutation.error, 'shortName')}
      />
      <Select
        label={t('admin.org.parent')}
        data={parentOptions}
        value={form.parentId}
        onChange={(v) => set('parentId', v)}
        searchable
        clearable={allowRoot}
        placeholder={allowRoot ? t('admin.org.noParent') : undefined}
        error={fieldError(mutation.error, 'parentId')}
      />
      <Select
        label={t('admin.org.timeZone')}
        description={t('admin.org.timeZoneHint')}
        data={timeZones.includes(form.timeZone) ? timeZones : [form.timeZone, ...timeZones]}
        value={form.timeZone}
        onChange={(v) => v && set('timeZone', v)}
        searchable
        allowDeselect={false}
        error={fieldError(mutation.error, 'timeZone')}
      />
      <Select
        label={t('admin.org.defaultLocale')}
        description={t('admin.org.defaultLocaleHint')}
        data={locales.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        value={form.defaultLocale}
        onChange={(v) => isLocale(v) && set('defaultLocale', v)}
        allowDeselect={false}
        error={fieldError(mutation.error, 'defaultLocale')}
      />
    </FormModal>
  );
}

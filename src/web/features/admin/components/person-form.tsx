import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../../i18n/t';
import { fieldError } from '../../../components/ui/api-error-alert';
import { useCreatePerson, useUpdatePerson, type PersonInput } from '../api/directory';
import type { Person, Unit } from '../model/types';
import { initialsOf } from '../model/person-name';
import { FormModal } from './form-modal';

interface Props {
  person: Person | null;
  organizationId: string;
  units: Unit[];
  onClose: () => void;
}

export function PersonForm({ person, organizationId, units, onClose }: Props) {
  const [form, setForm] = useState<PersonInput>(() => ({
    fullName: person?.fullName ?? '',
    shortName: person?.shortName ?? '',
    position: person?.position ?? '',
    unitId: person?.unitId ?? null,
    email: person?.email ?? '',
  }));
  // The short name follows the full name until someone types it by hand.
  const [shortTouched, setShortTouched] = useState(Boolean(person));
  const [missing, setMissing] = useState(false);
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const mutation = person ? update : create;
  const set = <K extends keyof PersonInput>(k: K, v: PersonInput[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = () => {
    if (!form.fullName.trim() || !form.shortName.trim()) return setMissing(true);
    const input: PersonInput = {
      fullName: form.fullName.trim(),
      shortName: form.shortName.trim(),
      position: form.position?.trim() || null,
      unitId: form.unitId,
      email: form.email?.trim() || null,
    };
    (person ? update.mutateAsync({ id: person.id, ...input }) : create.mutateAsync({ organizationId, ...input })).then(onClose, () => undefined);
  };
  const required = (value: string, field: string) => (missing && !value.trim() ? t('admin.required') : undefined) ?? fieldError(mutation.error, field);

  return (
    <FormModal
      opened
      title={person ? t('admin.person.editTitle') : t('admin.person.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['fullName', 'shortName', 'position', 'unitId', 'email']}
    >
      <TextInput
        label={t('admin.person.fullName')}
        required
        value={form.fullName}
        onChange={(e) => {
          const fullName = e.currentTarget.value;
          setForm((f) => ({ ...f, fullName, shortName: shortTouched ? f.shortName : initialsOf(fullName) }));
        }}
        error={required(form.fullName, 'fullName')}
        data-autofocus
      />
      <TextInput
        label={t('admin.person.shortName')}
        description={t('admin.person.shortNameHint')}
        required
        value={form.shortName}
        onChange={(e) => (setShortTouched(true), set('shortName', e.currentTarget.value))}
        error={required(form.shortName, 'shortName')}
      />
      <TextInput
        label={t('admin.person.position')}
        value={form.position ?? ''}
        onChange={(e) => set('position', e.currentTarget.value)}
        error={fieldError(mutation.error, 'position')}
      />
      <Select
        label={t('admin.person.unit')}
        data={units.map((u) => ({ value: u.id, label: u.name }))}
        value={form.unitId}
        onChange={(v) => set('unitId', v)}
        clearable
        placeholder={t('admin.person.noUnit')}
        error={fieldError(mutation.error, 'unitId')}
      />
      <TextInput
        label={t('admin.person.email')}
        type="email"
        value={form.email ?? ''}
        onChange={(e) => set('email', e.currentTarget.value)}
        error={fieldError(mutation.error, 'email')}
      />
    </FormModal>
  );
}

import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../../i18n/t';
import { fieldError } from '../../../components/ui/api-error-alert';
import { useCreateUnit, useUpdateUnit } from '../api/directory';
import type { Unit } from '../model/types';
import { FormModal } from './form-modal';

/** Creates a unit of an organisation or renames one. */
export function UnitForm({ unit, organizationId, onClose }: { unit: Unit | null; organizationId: string; onClose: () => void }) {
  const [name, setName] = useState(unit?.name ?? '');
  const [shortName, setShortName] = useState(unit?.shortName ?? '');
  const [missing, setMissing] = useState(false);
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = unit ? update : create;

  const submit = () => {
    if (!name.trim()) return setMissing(true);
    const input = { name: name.trim(), shortName: shortName.trim() || null };
    (unit ? update.mutateAsync({ id: unit.id, ...input }) : create.mutateAsync({ organizationId, ...input })).then(onClose, () => undefined);
  };

  return (
    <FormModal
      opened
      title={unit ? t('admin.unit.editTitle') : t('admin.unit.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['name', 'shortName']}
    >
      <TextInput
        label={t('admin.unit.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={(missing && !name.trim() ? t('admin.required') : undefined) ?? fieldError(mutation.error, 'name')}
        data-autofocus
      />
      <TextInput
        label={t('admin.unit.shortName')}
        value={shortName}
        onChange={(e) => setShortName(e.currentTarget.value)}
        error={fieldError(mutation.error, 'shortName')}
      />
    </FormModal>
  );
}

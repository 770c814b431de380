import { useT } from '../../app/i18n/locale-context';
import { OccupationSelect } from '../reference/occupation-select';
import { PriorityFieldSelect } from '../reference/priority-field-select';
import { RegionCascader } from '../reference/region-cascader';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { portalMessages } from './messages';

type PlaceFilter = 'region' | 'field' | 'occupation';

/**
 * The portal's filters by region of the province, priority field and occupation, bound to the
 * page's URL search; each is empty for "all".
 */
export function PlaceFilters({
  search,
  update,
  fieldWidth = 150,
  testIds = {},
}: {
  search: Partial<Record<PlaceFilter, string>>;
  update: (patch: Partial<Record<PlaceFilter, string | undefined>>) => void;
  fieldWidth?: number;
  testIds?: Partial<Record<PlaceFilter, string>>;
}) {
  const t = useT(portalMessages);
  const province = useDeploymentRegion();
  return (
    <>
      <RegionCascader
        root={province}
        value={search.region}
        placeholder={t('allRegions')}
        onChange={(region) => update({ region })}
        style={{ minWidth: 200 }}
        data-testid={testIds.region}
      />
      <PriorityFieldSelect
        placeholder={t('allFields')}
        value={search.field}
        onChange={(field) => update({ field })}
        style={{ minWidth: fieldWidth }}
        data-testid={testIds.field}
      />
      <OccupationSelect
        value={search.occupation}
        placeholder={t('allOccupations')}
        onChange={(occupation) => update({ occupation })}
        style={{ minWidth: 220 }}
        data-testid={testIds.occupation}
      />
    </>
  );
}

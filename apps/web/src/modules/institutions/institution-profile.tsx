import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { institutionTypeName } from './code-labels';
import type { InstitutionDetail } from './institutions-api';
import { institutionMessages } from './messages';

/** The registration's particulars, as both the institution and staff see them. */
export function InstitutionProfile({ institution }: { institution: InstitutionDetail }) {
  const t = useT(institutionMessages);
  const { locale } = useLocale();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="institution-profile"
      items={[
        { key: 'name', label: t('name'), children: institution.name },
        { key: 'creditCode', label: t('creditCode'), children: institution.creditCode },
        { key: 'type', label: t('type'), children: institutionTypeName(institution.type, locale) },
        { key: 'region', label: t('region'), children: institution.regionName },
        { key: 'address', label: t('address'), children: institution.address, span: 2 },
        { key: 'legal', label: t('legalRepresentative'), children: institution.legalRepresentative },
        {
          key: 'contact',
          label: t('contactName'),
          children: `${institution.contactName} ${institution.contactPhoneMasked}`,
        },
        {
          key: 'registeredAt',
          label: t('registeredAt'),
          children: dayjs(institution.createdAt).format('YYYY-MM-DD HH:mm'),
        },
        ...(institution.introduction
          ? [{ key: 'introduction', label: t('introduction'), children: institution.introduction, span: 2 }]
          : []),
      ]}
    />
  );
}

import { Descriptions, Flex, Tag, Typography } from 'antd';
import { ItemList } from '../../app/components/item-list';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { institutionTypeName, qualificationKindName } from './code-labels';
import { institutionMessages } from './messages';
import { RegionName } from './region-name';
import { registrationMessages } from './registration-messages';
import type { RegistrationFormValues } from './registration-values';

const day = (value: { format: (pattern: string) => string } | null | undefined) =>
  value ? value.format('YYYY-MM-DD') : '';

/** The last step: everything the registration will send, to check before submitting. */
export function RegistrationSummary({ values }: { values: Partial<RegistrationFormValues> }) {
  const t = useT(institutionMessages);
  const tr = useT(registrationMessages);
  const { locale } = useLocale();
  const institution = values.institution;
  return (
    <Flex vertical gap={16} data-testid="registration-summary">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'account', label: tr('account'), children: values.username },
          { key: 'creditCode', label: t('creditCode'), children: institution?.creditCode },
          { key: 'name', label: t('name'), children: institution?.name, span: 2 },
          {
            key: 'type',
            label: t('type'),
            children: institution?.type && institutionTypeName(institution.type, locale),
          },
          { key: 'region', label: t('region'), children: <RegionName code={institution?.regionCode} /> },
          { key: 'address', label: t('address'), children: institution?.address, span: 2 },
          { key: 'legal', label: t('legalRepresentative'), children: institution?.legalRepresentative },
          {
            key: 'contact',
            label: t('contactName'),
            children: [institution?.contactName, institution?.contactPhone].filter(Boolean).join(' '),
          },
        ]}
      />
      <div>
        <Typography.Title level={5}>{t('qualifications')}</Typography.Title>
        <ItemList
          testId="summary-qualifications"
          items={(values.qualifications ?? []).map((q, index) => ({
            key: `${q.kind}:${q.number}:${day(q.validFrom)}`,
            content: (
              <>
                {index + 1}. {q.kind && qualificationKindName(q.kind, locale)} {q.number}（{q.issuer}），
                {q.permanent || !q.validUntil
                  ? t('validityOpen', { from: day(q.validFrom) })
                  : t('validityRange', { from: day(q.validFrom), until: day(q.validUntil) })}
              </>
            ),
          }))}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('sites')}</Typography.Title>
        <ItemList
          testId="summary-sites"
          items={(values.sites ?? []).map((site, index) => ({
            key: `${site.name}:${site.regionCode}:${site.address}`,
            content: (
              <>
                {index + 1}. {site.name}：<RegionName code={site.regionCode} /> {site.address}，
                {t('capacityValue', { capacity: site.capacity })}
              </>
            ),
          }))}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('occupations')}</Typography.Title>
        <Flex wrap gap={8}>
          {(values.occupations ?? []).map((occupation) => (
            <Tag key={occupation.code} color="blue">
              {occupation.name}（{occupation.code}）
            </Tag>
          ))}
        </Flex>
      </div>
    </Flex>
  );
}

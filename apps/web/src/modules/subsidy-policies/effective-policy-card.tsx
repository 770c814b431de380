import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryError } from '../../app/components/query-error';
import { chinaToday } from '../../app/forms/china-today';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { policyMessages } from './messages';
import { type EffectivePolicy, effectivePolicyQuery } from './policies-api';
import { useRegionName } from './reference-names';
import { RulesDrawer } from './rules-drawer';

/**
 * 查询适用政策: which version a region follows on a day — its own, a parent region's, or the
 * national default — with the way to that version or its rules.
 */
export function EffectivePolicyCard() {
  const t = useT(policyMessages);
  const me = useCurrentUser();
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [region, setRegion] = useState<string | undefined>(me.regionCode ?? undefined);
  const [day, setDay] = useState<string>(chinaToday());
  const [viewing, setViewing] = useState<EffectivePolicy | null>(null);
  const regionName = useRegionName(region ?? '');
  const effective = useQuery({
    ...effectivePolicyQuery(region ?? '', day),
    enabled: Boolean(region && day),
  });

  return (
    <Card size="small" title={t('effectiveTitle')} data-testid="effective-policy">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('effectiveIntro')}</Typography.Text>
        <Flex gap={12} wrap>
          <RegionCascader
            root={root}
            value={region}
            placeholder={t('effectiveRegionRequired')}
            onChange={setRegion}
            style={{ minWidth: 220 }}
            data-testid="effective-region"
          />
          <CivilDatePicker
            value={day}
            allowClear={false}
            onChange={(value) => value && setDay(value)}
            data-testid="effective-date"
          />
        </Flex>
        {effective.isError && <QueryError error={effective.error} onRetry={() => effective.refetch()} />}
        {effective.isFetching && !effective.data && <Spin />}
        {effective.data && region && (
          <Space wrap data-testid="effective-result">
            <span>{t('effectiveApplies', { region: regionName, date: day })}</span>
            <Typography.Text strong data-testid="effective-version">
              {effective.data.policyId ? (
                <Link to={`/app/subsidy-policies/${effective.data.policyId}`} data-testid="effective-link">
                  {effective.data.version}
                </Link>
              ) : (
                t('nationalDefault')
              )}
            </Typography.Text>
            {effective.data.regionCode && effective.data.regionCode !== region && (
              <ParentRegionNote code={effective.data.regionCode} />
            )}
            <Button
              size="small"
              onClick={() => setViewing(effective.data)}
              data-testid="effective-view-rules"
            >
              {t('viewRules')}
            </Button>
          </Space>
        )}
      </Flex>
      <RulesDrawer
        title={viewing ? (viewing.policyId ? viewing.version : t('nationalDefault')) : ''}
        document={viewing?.document ?? null}
        onClose={() => setViewing(null)}
      />
    </Card>
  );
}

/** The applicable version is a parent region's: say whose. */
function ParentRegionNote({ code }: { code: string }) {
  const t = useT(policyMessages);
  return (
    <Typography.Text type="secondary">
      {t('effectiveFromParent', { region: useRegionName(code) })}
    </Typography.Text>
  );
}

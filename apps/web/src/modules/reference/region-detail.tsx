import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Descriptions, Empty } from 'antd';
import { PageLoading } from '../../app/components/page-loading';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { referenceMessages } from './messages';
import { regionDetailQuery } from './reference-api';
import { REGION_LEVEL_KEYS } from './region-level-label';

export function RegionDetail({ code, onSelect }: { code: string | null; onSelect: (code: string) => void }) {
  const t = useT(referenceMessages);
  const detail = useQuery({ ...regionDetailQuery(code ?? ''), enabled: code !== null });

  if (code === null) return <Empty description={t('regionPick')} />;
  if (detail.isPending) return <PageLoading minHeight={120} />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;

  const region = detail.data;
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      data-testid="region-detail"
      items={[
        { key: 'name', label: t('name'), children: region.name },
        { key: 'code', label: t('code'), children: region.code },
        { key: 'level', label: t('level'), children: t(REGION_LEVEL_KEYS[region.level]) },
        {
          key: 'path',
          label: t('path'),
          children: (
            <Breadcrumb
              items={region.path.map((step) => ({
                key: step.code,
                title:
                  step.code === region.code ? (
                    step.name
                  ) : (
                    <a
                      href={`#${step.code}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onSelect(step.code);
                      }}
                    >
                      {step.name}
                    </a>
                  ),
              }))}
            />
          ),
        },
      ]}
    />
  );
}

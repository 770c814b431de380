import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Tree, type TreeDataNode, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { PageLoading } from '../../app/components/page-loading';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { referenceMessages } from './messages';
import { type RegionItem, regionChildrenQuery } from './reference-api';

/**
 * Provinces first, each level fetched only when opened: a full province-city-county tree has
 * about 3,000 nodes, most of which nobody ever opens.
 */
export function RegionTree({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const t = useT(referenceMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const provinces = useQuery(regionChildrenQuery(null));
  const [childrenOf, setChildrenOf] = useState<Record<string, RegionItem[]>>({});

  const treeData = useMemo(() => {
    const toNodes = (items: RegionItem[]): TreeDataNode[] =>
      items.map((region) => {
        const children = childrenOf[region.code];
        return {
          key: region.code,
          title: (
            <span data-region-code={region.code}>
              {region.name} <Typography.Text type="secondary">{region.code}</Typography.Text>
            </span>
          ),
          isLeaf: region.childCount === 0,
          children: children ? toNodes(children) : undefined,
        };
      });
    return toNodes(provinces.data?.items ?? []);
  }, [provinces.data, childrenOf]);

  const loadChildren = useCallback(
    async (node: TreeDataNode) => {
      const code = String(node.key);
      try {
        const { items } = await queryClient.fetchQuery(regionChildrenQuery(code));
        setChildrenOf((previous) => ({ ...previous, [code]: items }));
      } catch (error) {
        message.error(
          t('loadChildrenFailed', { message: error instanceof Error ? error.message : String(error) }),
        );
      }
    },
    [queryClient, message, t],
  );

  if (provinces.isPending) return <PageLoading />;
  if (provinces.isError) return <QueryError error={provinces.error} onRetry={() => provinces.refetch()} />;
  if (treeData.length === 0) return <Empty description={t('noRegions')} />;
  return (
    <Tree
      treeData={treeData}
      loadData={loadChildren}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => {
        const [first] = keys;
        if (first !== undefined) onSelect(String(first));
      }}
      showLine
      data-testid="region-tree"
    />
  );
}

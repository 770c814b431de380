import { regionLevel } from '@qiancheng/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Cascader, type CascaderProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { referenceMessages } from './messages';
import { type RegionItem, regionChildrenQuery, regionDetailQuery } from './reference-api';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

interface RegionCascaderProps {
  /** The selected region code, as a form field stores it. */
  value?: string;
  onChange?: (code: string | undefined) => void;
  /**
   * The top of the choosable tree, normally the signed-in user's own region: a region-scoped user
   * can only act inside it, so offering other provinces would only lead to a rejected request.
   */
  root?: { code: string; name: string } | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: CascaderProps['style'];
  'data-testid'?: string;
}

/** Picks a region at any level, loading each level only when it is opened. */
export function RegionCascader({
  value,
  onChange,
  root,
  placeholder,
  allowClear = true,
  style,
  ...rest
}: RegionCascaderProps) {
  const t = useT(referenceMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const provinces = useQuery({ ...regionChildrenQuery(null), enabled: !root });
  const [childrenOf, setChildrenOf] = useState<Record<string, RegionItem[]>>({});
  const [path, setPath] = useState<string[]>([]);

  // A value set from outside (a form reset, a saved record, a filter in the address) must show as
  // its full path, which needs every level above it loaded.
  const detail = useQuery({
    ...regionDetailQuery(value ?? ''),
    enabled: value !== undefined && path[path.length - 1] !== value,
  });
  useEffect(() => {
    if (value === undefined) {
      if (path.length > 0) setPath([]);
      return;
    }
    if (path[path.length - 1] === value || !detail.data) return;
    const codes = detail.data.path.map((step) => step.code);
    const start = root ? codes.indexOf(root.code) : 0;
    if (start < 0) return;
    const shown = codes.slice(start);
    setPath(shown);
    for (const parent of shown.slice(0, -1)) {
      if (childrenOf[parent]) continue;
      queryClient
        .fetchQuery(regionChildrenQuery(parent))
        .then(({ items }) => setChildrenOf((previous) => ({ ...previous, [parent]: items })))
        .catch(() => undefined);
    }
  }, [value, path, detail.data, root, childrenOf, queryClient]);

  const options = useMemo(() => {
    const toOptions = (items: RegionItem[]): RegionOption[] =>
      items.map((region) => {
        const children = childrenOf[region.code];
        return {
          value: region.code,
          label: region.name,
          isLeaf: region.childCount === 0,
          children: children ? toOptions(children) : undefined,
        };
      });
    if (root) {
      const children = childrenOf[root.code];
      return [
        {
          value: root.code,
          label: root.name,
          isLeaf: regionLevel(root.code) === 3,
          children: children ? toOptions(children) : undefined,
        },
      ];
    }
    return toOptions(provinces.data?.items ?? []);
  }, [root, provinces.data, childrenOf]);

  const loadData = useCallback(
    (selected: RegionOption[]) => {
      const target = selected[selected.length - 1];
      if (!target) return;
      queryClient
        .fetchQuery(regionChildrenQuery(target.value))
        .then(({ items }) => setChildrenOf((previous) => ({ ...previous, [target.value]: items })))
        .catch((error: unknown) => {
          // An empty list stops the spinner; the toast says why nothing appeared.
          setChildrenOf((previous) => ({ ...previous, [target.value]: [] }));
          message.error(
            t('loadChildrenFailed', { message: error instanceof Error ? error.message : String(error) }),
          );
        });
    },
    [queryClient, message, t],
  );

  return (
    <Cascader<RegionOption>
      options={options}
      loadData={loadData}
      value={path}
      onChange={(next) => {
        const codes = (next ?? []).map(String);
        setPath(codes);
        onChange?.(codes[codes.length - 1]);
      }}
      changeOnSelect
      allowClear={allowClear}
      placeholder={placeholder}
      loading={!root && provinces.isPending}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}

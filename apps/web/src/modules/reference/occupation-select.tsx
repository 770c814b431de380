import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { referenceMessages } from './messages';
import { type Occupation, occupationsQuery } from './reference-api';

interface OccupationSelectProps {
  value?: string;
  onChange?: (code: string | undefined, occupation?: Occupation) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

const SEARCH_DELAY_MS = 250;

/**
 * Picks one occupation of the 职业分类大典, searching on the server by name or code as the user
 * types: the full list has about 1,600 entries, too many to send to every form.
 */
export function OccupationSelect({
  value,
  onChange,
  placeholder,
  allowClear = true,
  disabled,
  style,
  ...rest
}: OccupationSelectProps) {
  const t = useT(referenceMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const results = useQuery({
    ...occupationsQuery({ q: q || undefined, page: 1, pageSize: 30 }),
    placeholderData: keepPreviousData,
  });
  // A value set from outside (an edited record) may not be among the results: look it up by code.
  const known = results.data?.items.some((item) => item.code === value) ?? false;
  const selected = useQuery({
    ...occupationsQuery({ q: value, page: 1, pageSize: 5 }),
    enabled: Boolean(value) && !known && !results.isPending,
  });

  const items = useMemo(() => {
    const list = [...(results.data?.items ?? [])];
    const extra = selected.data?.items.find((item) => item.code === value);
    if (extra && !list.some((item) => item.code === extra.code)) list.unshift(extra);
    return list;
  }, [results.data, selected.data, value]);

  return (
    <Select<string>
      value={value}
      onChange={(code) =>
        onChange?.(
          code,
          items.find((item) => item.code === code),
        )
      }
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      allowClear={allowClear}
      disabled={disabled}
      loading={results.isFetching}
      placeholder={placeholder ?? t('occupationPick')}
      notFoundContent={
        results.isError ? t('occupationSearchFailed', { message: results.error.message }) : undefined
      }
      options={items.map((item) => ({
        value: item.code,
        label: `${item.name}（${item.code}）`,
      }))}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}

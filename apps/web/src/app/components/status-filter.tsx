import { Select } from 'antd';
import { useLocale } from '../i18n/locale-context';
import type { LocalizedText } from '../i18n/messages';

export interface StatusFilterProps<S extends string> {
  /** The statuses offered, in the order shown. */
  statuses: readonly S[];
  /** Each status's name in every locale. */
  names: Readonly<Record<S, Readonly<LocalizedText>>>;
  /** The status filtered on now; none shows the placeholder. */
  value: string | undefined;
  /** Called with the status picked, or `undefined` when the filter is cleared. */
  onChange: (status: string | undefined) => void;
  /** What the filter says when it filters on nothing, e.g. 全部状态. */
  placeholder: string;
  minWidth?: number;
  'data-testid': string;
}

/** A list's filter by status: a clearable select of the statuses by their names in the reader's language. */
export function StatusFilter<S extends string>({
  statuses,
  names,
  value,
  onChange,
  placeholder,
  minWidth = 130,
  'data-testid': testId,
}: StatusFilterProps<S>) {
  const { locale } = useLocale();
  return (
    <Select<string>
      allowClear
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      options={statuses.map((status) => ({ value: status, label: names[status][locale] }))}
      style={{ minWidth }}
      data-testid={testId}
    />
  );
}

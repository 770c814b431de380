import { PRIORITY_FIELDS } from '@qiancheng/domain/reference/priority-fields';
import { Select, type SelectProps } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';
import { codeOptions } from './code-names';

/** The action's priority fields (康养托育, 先进制造, 现代服务, 新职业, 其他) as a clearable filter. */
export function PriorityFieldSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { locale } = useLocale();
  return <Select<string> allowClear {...props} options={codeOptions(PRIORITY_FIELDS, locale)} />;
}

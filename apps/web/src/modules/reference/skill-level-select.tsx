import { SKILL_LEVELS } from '@qiancheng/domain/reference/skill-levels';
import { Select, type SelectProps } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { codeOptions } from './code-names';
import { referenceMessages } from './messages';
import { ANY_LEVEL } from './skill-level-value';

/** The five national levels, optionally with 不限 first (for demand and wishes). */
export function SkillLevelSelect({
  withAny = false,
  ...props
}: Omit<SelectProps<string>, 'options'> & { withAny?: boolean }) {
  const t = useT(referenceMessages);
  const { locale } = useLocale();
  const options = codeOptions(SKILL_LEVELS, locale);
  return (
    <Select<string>
      placeholder={t('levelPick')}
      {...props}
      options={withAny ? [{ value: ANY_LEVEL, label: t('anyLevel') }, ...options] : options}
    />
  );
}

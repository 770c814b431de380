import { certificateType, SKILL_LEVELS } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { LEVELLED_CERTIFICATE_TYPES, PENSION_SCHEMES } from '@qiancheng/domain/subsidy/policy';
import { PENSION_SCHEME_NAMES } from '@qiancheng/domain/subsidy/render-subsidy-text';
import { Form, InputNumber, Select, Switch } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { translate } from '../../app/i18n/messages';
import { YuanInput } from '../funds/yuan-input';
import { codeOptions } from '../reference/code-names';
import { policyMessages } from './messages';
import { type PolicySetting, settingTestId } from './policy-settings';
import { settingLabel } from './rule-lines';
import { ruleMessages } from './rule-messages';
import { checkSetting } from './setting-checks';

const FULL_WIDTH = { width: '100%' };

/** The input of one setting of the draft, with its unit and checks. */
export function SettingInput({ item }: { item: PolicySetting }) {
  const t = useT(policyMessages);
  const { locale } = useLocale();
  const unit = (key: string) => translate(ruleMessages, locale, `suffix.${key}` as 'suffix.yuan');
  const name = ['document', 'rules', ...item.path.split('.')];
  const testId = settingTestId('setting', item.path);
  const label = settingLabel(item.path, locale);
  const rules = [
    {
      validator: async (_: unknown, value: unknown) => {
        const problem = checkSetting(item, value);
        if (problem) throw new Error(t(problem, { max: item.maxPercent }));
      },
    },
  ];

  switch (item.kind) {
    case 'switch':
      return (
        <Form.Item name={name} label={label} valuePropName="checked">
          <Switch data-testid={testId} />
        </Form.Item>
      );
    case 'yuan':
      return (
        <Form.Item
          name={name}
          label={label}
          rules={rules}
          extra={item.path === 'A4.trainingCapFen' ? translate(ruleMessages, locale, 'capHint') : undefined}
        >
          {/* No minimum: a negative amount is shown as the mistake it is, not quietly raised to 0. */}
          <YuanInput min={undefined} suffix={unit('yuan')} style={FULL_WIDTH} data-testid={testId} />
        </Form.Item>
      );
    case 'percent':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <InputNumber<number> precision={2} suffix="%" style={FULL_WIDTH} data-testid={testId} />
        </Form.Item>
      );
    case 'count':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <InputNumber<number>
            precision={0}
            suffix={unit(item.unit ?? 'times')}
            style={FULL_WIDTH}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'level':
      return (
        <Form.Item name={name} label={label}>
          <Select options={codeOptions(SKILL_LEVELS, locale)} data-testid={testId} />
        </Form.Item>
      );
    case 'targetGroups':
      return (
        <Form.Item name={name} label={label}>
          <Select mode="multiple" options={codeOptions(TARGET_GROUPS, locale)} data-testid={testId} />
        </Form.Item>
      );
    case 'pensionSchemes':
      return (
        <Form.Item name={name} label={label}>
          <Select
            mode="multiple"
            options={PENSION_SCHEMES.map((code) => ({
              value: code,
              label: PENSION_SCHEME_NAMES[code][locale],
            }))}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'certificateTypes':
      return (
        <Form.Item name={name} label={label}>
          <Select
            mode="multiple"
            options={LEVELLED_CERTIFICATE_TYPES.map((code) => ({
              value: code,
              label: certificateType(code).name[locale],
            }))}
            data-testid={testId}
          />
        </Form.Item>
      );
  }
}

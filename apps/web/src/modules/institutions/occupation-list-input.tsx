import { Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { OccupationSelect } from '../reference/occupation-select';
import type { OccupationChoice } from './form-values';
import { institutionMessages } from './messages';

/** The server's limit on the occupations of one institution. */
export const MAX_OCCUPATIONS = 100;

interface OccupationListInputProps {
  value?: OccupationChoice[];
  onChange?: (value: OccupationChoice[]) => void;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Several occupations, added one at a time through the searching picker and shown as tags. */
export function OccupationListInput({ value = [], onChange, disabled, ...rest }: OccupationListInputProps) {
  const t = useT(institutionMessages);
  // The picker only adds: it starts empty again after each choice.
  const [picks, setPicks] = useState(0);
  const add = (code: string | undefined, name: string | undefined) => {
    setPicks((count) => count + 1);
    if (!code || value.some((item) => item.code === code)) return;
    onChange?.([...value, { code, name: name ?? code }]);
  };
  return (
    <Flex vertical gap={12} data-testid={rest['data-testid']}>
      <OccupationSelect
        key={picks}
        placeholder={t('addOccupation')}
        disabled={disabled || value.length >= MAX_OCCUPATIONS}
        onChange={(code, occupation) => add(code, occupation?.name)}
        style={{ maxWidth: 480 }}
        data-testid={rest['data-testid'] ? `${rest['data-testid']}-picker` : undefined}
      />
      {value.length === 0 ? (
        <Typography.Text type="secondary">{t('noOccupations')}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {value.map((item) => (
            <Tag
              key={item.code}
              color="blue"
              closable={!disabled}
              onClose={() => onChange?.(value.filter((other) => other.code !== item.code))}
              data-testid={`occupation-tag-${item.code}`}
            >
              {item.name}（{item.code}）
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  );
}

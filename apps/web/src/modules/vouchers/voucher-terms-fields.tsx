import { VOUCHER_KINDS, type VoucherKind } from '@qiancheng/domain/vouchers/voucher-rules';
import { Form, Input, InputNumber, Select } from 'antd';
import { fenOf } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { YuanInput } from '../funds/yuan-input';
import { voucherMessages } from './messages';

/** A voucher's terms as a form holds them: amounts in 元, the share in %. */
export interface TermsValues {
  kind: VoucherKind;
  faceValueYuan?: number;
  percent?: number;
  capYuan?: number;
  occupationCode?: string;
}

/** The form field of each server field the terms form asks for differently (fen typed in 元). */
export const TERMS_FIELD_ALIASES = {
  faceValueFen: 'faceValueYuan',
  percentBasisPoints: 'percent',
  capFen: 'capYuan',
};

/** The terms in the server's shape: fen and basis points, only the kind's own amounts. */
export function termsBody(values: TermsValues) {
  return {
    kind: values.kind,
    faceValueFen: values.kind === 'face_value' ? fenOf(values.faceValueYuan ?? 0) : null,
    percentBasisPoints: values.kind === 'percentage' ? Math.round((values.percent ?? 0) * 100) : null,
    capFen: values.kind === 'percentage' ? fenOf(values.capYuan ?? 0) : null,
    occupationCode: values.occupationCode?.trim() || null,
  };
}

/**
 * The fields of a voucher's terms, shared by issuing a voucher and setting up an offering: the kind,
 * a face value or a share of the fee with its cap, and the occupation it may be directed to.
 */
export function VoucherTermsFields({ kind }: { kind: VoucherKind }) {
  const t = useT(voucherMessages);
  return (
    <>
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('kindRequired') }]}>
        <Select
          options={VOUCHER_KINDS.map((value) => ({
            value,
            label: t(value === 'face_value' ? 'faceValue' : 'percentage'),
          }))}
          data-testid="voucher-kind"
        />
      </Form.Item>
      {kind === 'face_value' ? (
        <Form.Item
          name="faceValueYuan"
          label={t('faceValueYuan')}
          rules={[{ required: true, message: t('amountRequired') }]}
        >
          <YuanInput min={1} data-testid="voucher-face-value" />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="percent"
            label={t('percent')}
            rules={[{ required: true, message: t('percentRequired') }]}
          >
            <InputNumber<number>
              min={1}
              max={100}
              precision={2}
              style={{ width: 240 }}
              data-testid="voucher-percent"
            />
          </Form.Item>
          <Form.Item
            name="capYuan"
            label={t('capYuan')}
            rules={[{ required: true, message: t('amountRequired') }]}
          >
            <YuanInput min={1} data-testid="voucher-cap" />
          </Form.Item>
        </>
      )}
      <Form.Item name="occupationCode" label={t('occupation')}>
        <Input maxLength={10} placeholder={t('occupationPlaceholder')} data-testid="voucher-occupation" />
      </Form.Item>
    </>
  );
}

import { InputNumber, type InputNumberProps } from 'antd';

/** The largest amount in 元 the server takes: its fen must stay an exact integer. */
const MAX_YUAN = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/** An amount typed in 元 with at most two decimals, thousands grouped while reading it. */
export function YuanInput(
  props: Omit<InputNumberProps<number>, 'precision' | 'max' | 'formatter' | 'parser'>,
) {
  return (
    <InputNumber<number>
      min={0}
      {...props}
      max={MAX_YUAN}
      precision={2}
      formatter={(value) => `${value ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
      parser={(text) => Number((text ?? '').replace(/,/g, ''))}
      style={{ width: 240, ...props.style }}
    />
  );
}

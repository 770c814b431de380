import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM-DD';

type CivilDatePickerProps = Omit<DatePickerProps, 'value' | 'onChange' | 'disabledDate' | 'picker'> & {
  /** A civil date as the API writes it, YYYY-MM-DD. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The first and last days that may be chosen, YYYY-MM-DD. */
  min?: string | null;
  max?: string | null;
};

/**
 * A date picker whose value is the YYYY-MM-DD text the API exchanges, so forms hold plain strings
 * (comparable, serialisable, testable) rather than date objects.
 */
export function CivilDatePicker({ value, onChange, min, max, ...props }: CivilDatePickerProps) {
  return (
    <DatePicker
      format={FORMAT}
      {...props}
      value={value ? dayjs(value, FORMAT) : null}
      onChange={(date) => {
        // A single picker: never the list a multiple one would give.
        const picked = Array.isArray(date) ? date[0] : date;
        onChange?.(picked ? picked.format(FORMAT) : null);
      }}
      disabledDate={(date) => {
        const day = date.format(FORMAT);
        return Boolean((min && day < min) || (max && day > max));
      }}
    />
  );
}

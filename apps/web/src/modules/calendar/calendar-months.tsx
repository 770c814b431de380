import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { chinaToday } from '../../app/forms/china-today';
import { useT } from '../../app/i18n/locale-context';
import type { CalendarEntry } from './calendar-api';
import { calendarMessages } from './messages';

const MONTHS = Array.from({ length: 12 }, (_, index) => index);

/** The month shown first: this month in this year, January otherwise. */
function firstMonth(year: number): number {
  const today = chinaToday();
  return Number(today.slice(0, 4)) === year ? Number(today.slice(5, 7)) - 1 : 0;
}

/**
 * The year month by month: each holiday (休) and make-up working day (班) in its day, those set
 * above marked with the region that set them. Clicking a day of the year opens it for editing.
 */
export function CalendarMonths({
  year,
  entries,
  onPick,
}: {
  year: number;
  entries: CalendarEntry[];
  onPick: (day: string) => void;
}) {
  const t = useT(calendarMessages);
  const [month, setMonth] = useState(() => firstMonth(year));
  const shownMonth = useMemo(() => dayjs(new Date(year, month, 1)), [year, month]);
  const byDay = useMemo(() => new Map(entries.map((entry) => [entry.day, entry])), [entries]);
  const range: [dayjs.Dayjs, dayjs.Dayjs] = [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)];

  return (
    <div data-testid="calendar-months">
      <Calendar
        value={shownMonth}
        validRange={range}
        headerRender={() => (
          <Flex justify="end" gap={8} style={{ paddingBlock: 8 }}>
            <Button icon={<LeftOutlined />} disabled={month === 0} onClick={() => setMonth(month - 1)} />
            <Select<number>
              value={month}
              onChange={setMonth}
              style={{ width: 120 }}
              options={MONTHS.map((m) => ({
                value: m,
                label: dayjs(new Date(year, m, 1)).format('YYYY-MM'),
              }))}
              data-testid="calendar-month"
            />
            <Button icon={<RightOutlined />} disabled={month === 11} onClick={() => setMonth(month + 1)} />
          </Flex>
        )}
        cellRender={(date, info) => {
          if (info.type !== 'date') return info.originNode;
          const entry = byDay.get(date.format('YYYY-MM-DD'));
          if (!entry) return null;
          const mark = (
            <Flex vertical gap={2} align="start" data-testid={`calendar-cell-${entry.day}`}>
              <Tag color={entry.kind === 'holiday' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
                {entry.kind === 'holiday' ? t('holidayMark') : t('workdayMark')}
              </Tag>
              <Typography.Text
                type={entry.inherited ? 'secondary' : undefined}
                ellipsis
                style={{ maxWidth: '100%' }}
              >
                {entry.name}
              </Typography.Text>
            </Flex>
          );
          return entry.inherited ? (
            <Tooltip title={t('inheritedFrom', { region: entry.regionName })}>{mark}</Tooltip>
          ) : (
            mark
          );
        }}
        onSelect={(date, { source }) => {
          if (date.year() !== year) return;
          setMonth(date.month());
          if (source === 'date') onPick(date.format('YYYY-MM-DD'));
        }}
      />
    </div>
  );
}

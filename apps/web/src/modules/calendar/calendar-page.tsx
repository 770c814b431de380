import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { chinaToday } from '../../app/forms/china-today';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { RegionCascader } from '../reference/region-cascader';
import { type CalendarEntry, calendarQuery } from './calendar-api';
import { CalendarDayModal } from './calendar-day-modal';
import { CalendarEntriesTable } from './calendar-entries-table';
import { CalendarMonths } from './calendar-months';
import { FilingLeadCard } from './filing-lead-card';
import { calendarMessages } from './messages';
import { YearArrangementModal } from './year-arrangement-modal';

const CALENDAR_FILTERS = ['region', 'year', 'view'] as const;
const YEAR_SPAN = 2;

/** The year in the address if it is one the server keeps, else this year. */
function yearOf(text: string | undefined, thisYear: number): number {
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear;
}

/**
 * 工作日历 for administrators: a region's holidays and make-up working days of a year, month by month
 * or as a list, its own and those it inherits; a day added, changed or removed; a whole year entered
 * at once; and the region's filing lead.
 */
export function CalendarPage() {
  const t = useT(calendarMessages);
  const me = useCurrentUser();
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(CALENDAR_FILTERS);
  const thisYear = Number(chinaToday().slice(0, 4));
  const year = yearOf(search.year, thisYear);
  const region = search.region ?? me.regionCode ?? undefined;
  const months = search.view !== 'list';
  const [dayModal, setDayModal] = useState<{ day: string | null; entry: CalendarEntry | null } | null>(null);
  const [enteringYear, setEnteringYear] = useState(false);

  const calendar = useQuery({
    ...calendarQuery(region ?? '', year),
    enabled: Boolean(region),
    placeholderData: keepPreviousData,
  });
  const view =
    calendar.data?.regionCode === region && calendar.data?.year === year ? calendar.data : undefined;
  const own = useMemo(() => view?.entries.filter((entry) => !entry.inherited) ?? [], [view]);
  const openDay = (day: string) =>
    setDayModal({ day, entry: view?.entries.find((entry) => entry.day === day) ?? null });

  const years = Array.from({ length: YEAR_SPAN * 2 + 1 }, (_, index) => thisYear - YEAR_SPAN + index);
  if (!years.includes(year)) years.push(year);

  let content = <Empty description={t('chooseRegion')} />;
  if (region && calendar.isError) {
    content = <QueryError error={calendar.error} onRetry={() => calendar.refetch()} />;
  } else if (region && !view) {
    content = <PageLoading />;
  } else if (view) {
    content = months ? (
      <CalendarMonths
        key={`${view.regionCode}-${year}`}
        year={year}
        entries={view.entries}
        onPick={openDay}
      />
    ) : (
      <CalendarEntriesTable
        region={view.regionCode}
        year={year}
        entries={view.entries}
        loading={calendar.isFetching}
        onEdit={(entry) => setDayModal({ day: entry.day, entry })}
      />
    );
  }

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          <Space wrap>
            <Button
              icon={<CalendarOutlined />}
              disabled={!view}
              onClick={() => setEnteringYear(true)}
              data-testid="calendar-enter-year"
            >
              {t('enterYear')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!view}
              onClick={() => setDayModal({ day: null, entry: null })}
              data-testid="calendar-add-day"
            >
              {t('addDay')}
            </Button>
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        <Card size="small">
          <Flex wrap gap={12} align="center">
            <RegionCascader
              value={region}
              root={root}
              allowClear={false}
              placeholder={t('regionPick')}
              onChange={(code) => update({ region: code })}
              style={{ minWidth: 260 }}
              data-testid="calendar-region"
            />
            <Select<number>
              value={year}
              onChange={(next) => update({ year: String(next) })}
              options={years.map((y) => ({ value: y, label: t('yearValue', { year: y }) }))}
              style={{ width: 120 }}
              data-testid="calendar-year"
            />
            <Segmented<'months' | 'list'>
              value={months ? 'months' : 'list'}
              onChange={(next) => update({ view: next === 'list' ? 'list' : undefined })}
              options={[
                { value: 'months', label: t('viewMonths') },
                { value: 'list', label: t('viewList') },
              ]}
              data-testid="calendar-view"
            />
          </Flex>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card title={view ? `${view.regionName} · ${t('yearValue', { year })}` : undefined}>
              {content}
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            {view ? (
              <FilingLeadCard view={view} />
            ) : (
              !region && <Alert type="info" showIcon title={t('chooseRegion')} />
            )}
          </Col>
        </Row>
      </Flex>
      {view && (
        <>
          <CalendarDayModal
            open={dayModal !== null}
            region={view.regionCode}
            year={year}
            day={dayModal?.day ?? null}
            entry={dayModal?.entry ?? null}
            onClose={() => setDayModal(null)}
          />
          <YearArrangementModal
            open={enteringYear}
            region={{ code: view.regionCode, name: view.regionName }}
            year={year}
            own={own}
            onClose={() => setEnteringYear(false)}
          />
        </>
      )}
    </>
  );
}

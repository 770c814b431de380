import type { MarkSource } from '@qiancheng/domain/attendance/presence';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { type AttendanceRecord, type RecordSearch, recordsQuery } from './attendance-api';
import { attendanceLabels } from './attendance-labels';
import { chinaDateTime } from './clock-time';
import { attendanceMessages } from './messages';

const SOURCES: MarkSource[] = ['qr', 'terminal', 'manual'];

/** Every record of the class, newest first: the evidence behind the hours, with how each arrived. */
export function RecordsTable({ classId }: { classId: string }) {
  const t = useT(attendanceMessages);
  const { locale } = useLocale();
  const labels = attendanceLabels(locale);
  const [search, setSearch] = useState<RecordSearch>({ page: 1, pageSize: 20 });
  const records = useQuery({ ...recordsQuery(classId, search), placeholderData: keepPreviousData });
  const detail = (record: AttendanceRecord) => {
    if (record.source === 'manual') return record.manualReason;
    if (record.source === 'terminal') {
      return [
        record.terminalCode,
        record.matchScore === null ? null : t('matchScore', { score: record.matchScore.toFixed(2) }),
      ]
        .filter(Boolean)
        .join(' · ');
    }
    const position =
      record.latitude === null || record.longitude === null
        ? null
        : t('position', {
            latitude: record.latitude.toFixed(5),
            longitude: record.longitude.toFixed(5),
            accuracy: record.positionAccuracy === null ? '—' : Math.round(record.positionAccuracy),
          });
    return [position, record.device].filter(Boolean).join(' · ');
  };
  const columns: TableColumnsType<AttendanceRecord> = [
    {
      key: 'at',
      dataIndex: 'occurredAt',
      title: t('occurredAt'),
      render: (iso: string) => chinaDateTime(iso),
    },
    { key: 'session', title: t('session'), render: (_, r) => `${r.sessionDay} ${r.sessionTime}` },
    { key: 'person', title: t('person'), render: (_, r) => `${r.personName}（${r.idNumberMasked}）` },
    { key: 'attendee', dataIndex: 'attendee', title: t('attendee'), render: labels.attendee },
    {
      key: 'direction',
      dataIndex: 'direction',
      title: t('direction'),
      render: (direction: AttendanceRecord['direction']) => (
        <Tag color={direction === 'in' ? 'blue' : 'purple'}>{labels.direction(direction)}</Tag>
      ),
    },
    {
      key: 'source',
      dataIndex: 'source',
      title: t('source'),
      render: (source: MarkSource) => (
        <Tag color={source === 'manual' ? 'orange' : undefined}>{labels.source(source)}</Tag>
      ),
    },
    { key: 'detail', title: t('detail'), render: (_, r) => detail(r), ellipsis: true },
  ];
  return (
    <Flex vertical gap={12}>
      <Select<MarkSource>
        allowClear
        placeholder={t('allSources')}
        value={search.source}
        onChange={(source) => setSearch({ ...search, source, page: 1 })}
        options={SOURCES.map((source) => ({ value: source, label: labels.source(source) }))}
        style={{ width: 180 }}
        data-testid="records-source"
      />
      <PagedTable
        query={records}
        paging={search}
        onPage={(patch) => setSearch({ ...search, ...patch })}
        columns={columns}
        empty={t('noRecords')}
        totalText={(total) => t('recordsTotal', { total })}
        pager="sizeChanger"
        data-testid="attendance-records"
      />
    </Flex>
  );
}

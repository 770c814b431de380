import { CameraOutlined } from '@ant-design/icons';
import { CHECK_STATUS_NAMES, CHECK_STATUSES } from '@qiancheng/domain/supervision/check-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Select, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { AnswerModal } from './answer-modal';
import { CheckKindText, CheckStatusTag, ConclusionTag } from './check-tags';
import { chinaMoment } from './countdown';
import { DeadlineCountdown } from './deadline-countdown';
import { ownSupervisionMessages, supervisionMessages } from './messages';
import { OWN_FILTERS, type OwnCheck, ownChecksQuery } from './supervision-api';
import { useServerClockOffset, WaitingRequestsAlert } from './waiting-requests';

const NOTE_STYLE = { maxWidth: 280, marginBottom: 0 };

/** Where a check stands: what to photograph, the photo sent, or the conclusion with its notes. */
function RequestProgress({ row }: { row: OwnCheck }) {
  const t = useT(ownSupervisionMessages);
  const note = (text: string) => (
    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: text }} style={NOTE_STYLE}>
      {text}
    </Typography.Paragraph>
  );
  if (row.conclusion) {
    return (
      <Flex vertical align="start" gap={4}>
        <ConclusionTag conclusion={row.conclusion} />
        {row.notes && note(row.notes)}
      </Flex>
    );
  }
  if (row.submission) {
    return (
      <Flex vertical gap={4}>
        <span>{t('submittedAt', { at: chinaMoment(row.submission.at) })}</span>
        {row.submission.note && note(row.submission.note)}
      </Flex>
    );
  }
  return row.instructions ? note(t('instructionsValue', { text: row.instructions })) : null;
}

/** The institution's 监督检查: remote requests to answer with a photo, and checks completed. */
export function MySupervisionPage() {
  const t = useT(ownSupervisionMessages);
  const ts = useT(supervisionMessages);
  const { locale } = useLocale();
  const [search, update] = useUrlSearch(OWN_FILTERS);
  const requests = useQuery({ ...ownChecksQuery(search), placeholderData: keepPreviousData });
  const [answering, setAnswering] = useState<OwnCheck | null>(null);
  const offset = useServerClockOffset();

  const columns: TableColumnsType<OwnCheck> = [
    {
      key: 'class',
      title: t('class'),
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.className}</Typography.Text>
          <Typography.Text type="secondary">{row.classCode}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: t('kind'), render: (_, row) => <CheckKindText kind={row.kind} /> },
    { key: 'status', title: t('status'), render: (_, row) => <CheckStatusTag status={row.status} /> },
    {
      key: 'deadline',
      title: t('deadline'),
      render: (_, row) =>
        row.deadlineAt && (
          <Flex vertical>
            <span>{chinaMoment(row.deadlineAt)}</span>
            {row.status === 'requested' && (
              <DeadlineCountdown
                deadline={row.deadlineAt}
                clockOffset={offset}
                overdueText={ts('overdue')}
                leftText={(time) => ts('timeLeft', { time })}
                data-testid={`request-countdown-${row.id}`}
              />
            )}
          </Flex>
        ),
    },
    {
      key: 'result',
      title: t('result'),
      render: (_, row) => <RequestProgress row={row} />,
    },
    {
      key: 'actions',
      title: t('actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'requested' && (
          <Button
            type="primary"
            size="small"
            icon={<CameraOutlined />}
            onClick={() => setAnswering(row)}
            data-testid={`request-answer-${row.id}`}
          >
            {t('answer')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageTitle title={t('title')} />
      <WaitingRequestsAlert />
      <Card>
        <Flex vertical gap={12}>
          <Select
            allowClear
            placeholder={t('allStatuses')}
            value={search.status}
            onChange={(status) => update({ status })}
            // A planned check is not shown to the institution, so it is no filter here.
            options={CHECK_STATUSES.filter((s) => s !== 'planned').map((value) => ({
              value,
              label: CHECK_STATUS_NAMES[value][locale],
            }))}
            style={{ width: 180 }}
            data-testid="requests-status-filter"
          />
          <PagedTable
            query={requests}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noRequests')}
            totalText={(total) => t('total', { total })}
            data-testid="requests-table"
          />
        </Flex>
      </Card>
      <AnswerModal request={answering} onClose={() => setAnswering(null)} />
    </>
  );
}

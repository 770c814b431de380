import { can } from '@qiancheng/domain';
import { acceptsChangeRequests, CHANGE_KIND_NAMES } from '@qiancheng/domain/classes/class-lifecycle';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryError } from '../../app/components/query-error';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { MessageKey } from '../../app/i18n/messages';
import { ChangeRequestModal } from './change-request-modal';
import { ChangeStatusTag } from './class-tags';
import {
  type ChangeRequest,
  CLASSES_QUERY_ROOT,
  type ClassDetail,
  changesQuery,
  decideChange,
  withdrawChange,
} from './classes-api';
import { classMessages } from './messages';

type ClassMessageKey = MessageKey<typeof classMessages>;
type Translate = (key: ClassMessageKey, params?: Record<string, unknown>) => string;

/** What a request asks, in words: names come with the request, sessions from the class. */
function summaryOf(change: ChangeRequest, detail: ClassDetail, tt: Translate) {
  const p = change.payload as Record<string, string> & { session?: Record<string, string | number> };
  const name = (id?: string) => (id ? (change.names[id] ?? id) : '');
  switch (change.kind) {
    case 'teacher_replace':
      return tt('changeSummaryTeacher', { from: name(p.fromTeacherId), to: name(p.toTeacherId) });
    case 'session_change':
    case 'session_add':
      return tt('changeSummarySession', {
        day: p.session?.day,
        start: p.session?.startTime,
        end: p.session?.endTime,
        hours: p.session?.hours,
        room: p.session?.room,
      });
    case 'session_cancel': {
      const s = detail.sessions.find((x) => x.id === p.sessionId);
      return tt('changeSummaryCancel', {
        day: s?.day ?? '',
        start: s?.startTime ?? '',
        end: s?.endTime ?? '',
      });
    }
    case 'trainee_add':
      return name(p.personId);
    case 'trainee_remove':
      return name(p.enrolmentId);
  }
}

/** 变更申请: the institution asks, staff of the region decide; every request stays with its decision. */
export function ChangesTab({ detail }: { detail: ClassDetail }) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const report = useApiErrorReporter();
  const changes = useQuery(changesQuery(detail.id));
  const [asking, setAsking] = useState(false);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const isInstitution = can(me.role, 'classes.file');
  const isStaff = can(me.role, 'classes.review');
  const settled = () => {
    setRejecting(null);
    void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
    message.success(t('done'));
  };
  const decide = useMutation({
    mutationFn: (input: { id: string; decision: 'approve' | 'reject'; note?: string }) =>
      decideChange(detail.id, input.id, input.decision, input.note),
    onSuccess: settled,
    onError: report,
  });
  const withdraw = useMutation({
    mutationFn: (id: string) => withdrawChange(detail.id, id),
    onSuccess: settled,
    onError: report,
  });

  const columns: TableColumnsType<ChangeRequest> = [
    { key: 'kind', title: t('changeKind'), render: (_, c) => CHANGE_KIND_NAMES[c.kind][locale] },
    { key: 'summary', title: t('session'), render: (_, c) => summaryOf(c, detail, t) },
    { key: 'reason', dataIndex: 'reason', title: t('changeReason') },
    {
      key: 'requested',
      title: t('requestedAt'),
      render: (_, c) => dayjs(c.requestedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'status',
      title: t('status'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <ChangeStatusTag status={c.status} />
          {c.decisionNote && <Typography.Text type="secondary">{c.decisionNote}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, c) =>
        c.status !== 'pending' ? null : (
          <Space>
            {isStaff && (
              <>
                <Popconfirm
                  title={t('approveChange')}
                  onConfirm={() => decide.mutate({ id: c.id, decision: 'approve' })}
                >
                  <Button type="link" size="small" data-testid={`change-approve-${c.id}`}>
                    {t('approveChange')}
                  </Button>
                </Popconfirm>
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() => setRejecting(c.id)}
                  data-testid={`change-reject-${c.id}`}
                >
                  {t('rejectChange')}
                </Button>
              </>
            )}
            {isInstitution && (
              <Popconfirm title={t('withdrawConfirm')} onConfirm={() => withdraw.mutate(c.id)}>
                <Button type="link" size="small" data-testid={`change-withdraw-${c.id}`}>
                  {t('withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  if (changes.isError) return <QueryError error={changes.error} onRetry={() => changes.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {isInstitution && acceptsChangeRequests(detail.status) && (
        <div>
          <Button type="primary" onClick={() => setAsking(true)} data-testid="request-change">
            {t('requestChange')}
          </Button>
        </div>
      )}
      <Table<ChangeRequest>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={changes.data}
        loading={changes.isFetching}
        pagination={false}
        locale={{ emptyText: t('changesEmpty') }}
        scroll={{ x: 'max-content' }}
        data-testid="changes-table"
      />
      {asking && <ChangeRequestModal detail={detail} open={asking} onClose={() => setAsking(false)} />}
      <ReasonModal
        open={rejecting !== null}
        title={t('rejectTitle')}
        okText={t('rejectChange')}
        danger
        pending={decide.isPending}
        onSubmit={(note) => rejecting && decide.mutate({ id: rejecting, decision: 'reject', note })}
        onClose={() => setRejecting(null)}
      />
    </Flex>
  );
}

import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { isClassEditable } from '@qiancheng/domain/classes/class-lifecycle';
import { ROSTER_COLUMNS } from '@qiancheng/domain/classes/roster-sheet';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api/client';
import { SPREADSHEET_TYPE } from '../../app/api/download';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryError } from '../../app/components/query-error';
import { columnHeaders } from '../../app/components/xlsx-import/column-headers';
import {
  type ImportMode,
  type ImportReport,
  XlsxImportModal,
} from '../../app/components/xlsx-import/xlsx-import-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { targetGroupName } from '../reference/code-names';
import { RedeemVoucherModal } from '../vouchers/redeem-voucher-modal';
import { AddTraineeModal } from './add-trainee-modal';
import { EnrolmentStatusTag } from './class-tags';
import {
  CLASSES_QUERY_ROOT,
  type ClassDetail,
  ROSTER_TEMPLATE_PATH,
  removeTrainee,
  rosterImportPath,
  rosterQuery,
  type Trainee,
} from './classes-api';
import { classMessages } from './messages';

const HEADERS = columnHeaders(ROSTER_COLUMNS);
const SOURCE_KEYS = {
  institution: 'sourceInstitution',
  import: 'sourceImport',
  self: 'sourceSelf',
  change: 'sourceChange',
} as const;

/** 学员名册: entered, imported, or joined online while the class is prepared; read-only after filing. */
export function RosterTab({ detail }: { detail: ClassDetail }) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const report = useApiErrorReporter();
  const roster = useQuery(rosterQuery(detail.id));
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const [redeeming, setRedeeming] = useState<Trainee | null>(null);
  const editable = can(me.role, 'classes.file') && isClassEditable(detail.status);
  const remove = useMutation({
    mutationFn: (enrolmentId: string) => removeTrainee(detail.id, enrolmentId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
      message.success(t('done'));
    },
    onError: report,
  });

  const columns: TableColumnsType<Trainee> = [
    { key: 'name', dataIndex: 'name', title: t('traineeName') },
    { key: 'id', dataIndex: 'idNumberMasked', title: t('idNumber') },
    { key: 'group', title: t('targetGroup'), render: (_, x) => targetGroupName(x.targetGroup, locale) },
    { key: 'evidence', dataIndex: 'evidenceNote', title: t('evidenceNote') },
    {
      key: 'source',
      title: t('source'),
      render: (_, x) => t(SOURCE_KEYS[x.source as keyof typeof SOURCE_KEYS] ?? 'sourceInstitution'),
    },
    {
      key: 'status',
      title: t('enrolmentStatus'),
      render: (_, x) => <EnrolmentStatusTag status={x.status} />,
    },
    ...(can(me.role, 'subsidies.quote')
      ? [
          {
            key: 'quote',
            title: '',
            render: (_: unknown, x: Trainee) => (
              <Link
                to={`/app/subsidy-quote?kind=enrolment&class=${detail.id}&enrolment=${x.enrolmentId}`}
                data-testid={`trainee-quote-${x.enrolmentId}`}
              >
                {t('subsidyQuote')}
              </Link>
            ),
          },
        ]
      : []),
    ...(can(me.role, 'vouchers.redeem')
      ? [
          {
            key: 'voucher',
            title: '',
            render: (_: unknown, x: Trainee) =>
              x.status !== 'dropped' && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => setRedeeming(x)}
                  data-testid={`trainee-voucher-${x.enrolmentId}`}
                >
                  {t('redeemVoucher')}
                </Button>
              ),
          },
        ]
      : []),
    ...(editable
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, x: Trainee) => (
              <Popconfirm title={t('removeTraineeConfirm')} onConfirm={() => remove.mutate(x.enrolmentId)}>
                <Button type="link" danger size="small" data-testid={`trainee-remove-${x.enrolmentId}`}>
                  {t('remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  if (roster.isError) return <QueryError error={roster.error} onRetry={() => roster.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {editable ? (
        <Flex gap={8} wrap>
          <Button icon={<PlusOutlined />} onClick={() => setDialog('add')} data-testid="roster-add">
            {t('addTrainee')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => setDialog('import')} data-testid="roster-import">
            {t('importRoster')}
          </Button>
        </Flex>
      ) : (
        can(me.role, 'classes.file') && <Alert type="info" showIcon title={t('rosterLocked')} />
      )}
      <Table<Trainee>
        size="small"
        rowKey="enrolmentId"
        columns={columns}
        dataSource={roster.data}
        loading={roster.isFetching}
        pagination={(roster.data?.length ?? 0) > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('rosterEmpty') }}
        scroll={{ x: 'max-content' }}
        data-testid="roster-table"
      />
      <AddTraineeModal classId={detail.id} open={dialog === 'add'} onClose={() => setDialog(null)} />
      <XlsxImportModal
        open={dialog === 'import'}
        onClose={() => setDialog(null)}
        title={t('importTitle')}
        templateStep={t('importStep1')}
        templatePath={ROSTER_TEMPLATE_PATH}
        templateFileName={t('templateFile')}
        uploadStep={t('importStep2')}
        headers={HEADERS}
        upload={(file: Blob, mode: ImportMode) =>
          api.upload<ImportReport>(`${rosterImportPath(detail.id)}?mode=${mode}`, {
            data: file,
            contentType: SPREADSHEET_TYPE,
          })
        }
        onImported={() => void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT })}
        data-testid="import-roster-modal"
      />
      {redeeming && (
        <RedeemVoucherModal
          enrolmentId={redeeming.enrolmentId}
          traineeName={redeeming.name}
          onClose={() => setRedeeming(null)}
        />
      )}
    </Flex>
  );
}

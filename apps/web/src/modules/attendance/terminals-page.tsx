import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { ATTENDANCE_QUERY_ROOT, retireTerminal, type Terminal, terminalsQuery } from './attendance-api';
import { chinaDateTime } from './clock-time';
import { attendanceMessages } from './messages';
import { RegisterTerminalModal } from './register-terminal-modal';

const NO_FILTERS = [] as const;

function RetireAction({ terminal }: { terminal: Terminal }) {
  const t = useT(attendanceMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const retire = useMutation({
    mutationFn: () => retireTerminal(terminal.id),
    onSuccess: () => {
      message.success(t('retiredOk'));
      void queryClient.invalidateQueries({ queryKey: ATTENDANCE_QUERY_ROOT });
    },
    onError: reportError,
  });
  return (
    <Popconfirm
      title={t('retireConfirm')}
      okText={t('retire')}
      cancelText={t('cancel')}
      onConfirm={() => retire.mutate()}
    >
      <Button danger size="small" loading={retire.isPending} data-testid={`retire-${terminal.code}`}>
        {t('retire')}
      </Button>
    </Popconfirm>
  );
}

/** 考勤终端: the institution's face-recognition terminals, registered by serial and retired when taken out of use. */
export function TerminalsPage() {
  const t = useT(attendanceMessages);
  const [search, update] = useUrlSearch(NO_FILTERS);
  const [registering, setRegistering] = useState(false);
  const terminals = useQuery({ ...terminalsQuery(search), placeholderData: keepPreviousData });
  const columns: TableColumnsType<Terminal> = [
    { key: 'code', dataIndex: 'code', title: t('terminalCode') },
    { key: 'name', dataIndex: 'name', title: t('terminalName') },
    { key: 'site', dataIndex: 'siteName', title: t('terminalSite') },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('registeredAt'),
      render: (value: string) => chinaDateTime(value).slice(0, 16),
    },
    {
      key: 'state',
      title: t('terminalState'),
      render: (_, terminal) =>
        terminal.retiredAt ? (
          <Tag data-testid={`terminal-retired-${terminal.code}`}>
            {t('retiredOn', { date: chinaDateTime(terminal.retiredAt).slice(0, 10) })}
          </Tag>
        ) : (
          <Tag color="green">{t('inUse')}</Tag>
        ),
    },
    { key: 'actions', render: (_, terminal) => !terminal.retiredAt && <RetireAction terminal={terminal} /> },
  ];
  return (
    <>
      <PageTitle
        title={t('terminalsTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRegistering(true)}
            data-testid="register-terminal"
          >
            {t('registerTerminal')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('terminalsIntro')}
        </Typography.Paragraph>
        <Card>
          <PagedTable
            query={terminals}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noTerminals')}
            totalText={(total) => t('terminalsTotal', { total })}
            pager="hideOnSinglePage"
            data-testid="terminals-table"
          />
        </Card>
      </Flex>
      <RegisterTerminalModal open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}

import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { mayAct } from '@qiancheng/domain/supervision/check-lifecycle';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { ReasonModal } from '../../app/components/reason-modal';
import { RecordPage } from '../../app/components/record-page';
import { useT } from '../../app/i18n/locale-context';
import { CheckResult } from './check-result';
import { CheckSummary } from './check-summary';
import { CheckStatusTag } from './check-tags';
import { supervisionMessages } from './messages';
import { OnsiteForm } from './onsite-form';
import { RemoteReview } from './remote-review';
import { RequestForm } from './request-form';
import { type CheckDetail, cancelCheck, checkQuery } from './supervision-api';
import { useCheckChange } from './use-check-change';

/** The part of the page that moves the check on, by its kind and status. */
function NextStep({ check, canManage }: { check: CheckDetail; canManage: boolean }) {
  const t = useT(supervisionMessages);
  if (check.status === 'completed' || check.status === 'cancelled') return <CheckResult check={check} />;
  if (check.status === 'submitted' || check.status === 'overdue') {
    return <RemoteReview check={check} canManage={canManage} />;
  }
  if (check.status === 'requested') {
    return <Alert type="info" showIcon title={t('waitingPhoto')} data-testid="check-waiting" />;
  }
  if (!canManage) return null;
  return check.kind === 'onsite' ? <OnsiteForm check={check} /> : <RequestForm check={check} />;
}

export function CheckPage() {
  const t = useT(supervisionMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'supervision.manage');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useQuery(checkQuery(id));
  const [cancelling, setCancelling] = useState(false);
  const cancel = useCheckChange((reason: string) => cancelCheck(id, reason), {
    done: t('cancelled'),
    onSuccess: () => setCancelling(false),
  });

  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/supervision">
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={detail} title={t('title')} back={back}>
      {(check) => (
        <>
          <PageTitle
            title={
              <Space wrap>
                <span data-testid="check-heading">
                  {check.classCode} {check.className}
                </span>
                <CheckStatusTag status={check.status} />
              </Space>
            }
            extra={
              <Space wrap>
                {canManage && mayAct(check.kind, check.status, 'cancel') && (
                  <Button
                    danger
                    icon={<StopOutlined />}
                    onClick={() => setCancelling(true)}
                    data-testid="check-cancel"
                  >
                    {t('cancelCheck')}
                  </Button>
                )}
                {back}
              </Space>
            }
          />
          <Flex vertical gap={16}>
            <CheckSummary check={check} receivedAt={detail.dataUpdatedAt} />
            <NextStep check={check} canManage={canManage} />
          </Flex>
          <ReasonModal
            open={cancelling}
            title={t('cancelTitle')}
            okText={t('cancelCheck')}
            danger
            pending={cancel.isPending}
            onSubmit={(reason) => cancel.mutate(reason ?? '')}
            onClose={() => setCancelling(false)}
            data-testid="cancel-check-modal"
          />
        </>
      )}
    </RecordPage>
  );
}

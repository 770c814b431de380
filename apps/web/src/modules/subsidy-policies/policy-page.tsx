import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { mayActOnPolicy } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Space } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { useT } from '../../app/i18n/locale-context';
import { policyMessages } from './messages';
import { type PolicyDetail, policyQuery } from './policies-api';
import { PolicyActions } from './policy-actions';
import { PolicyForm } from './policy-form';
import { PolicyRulesView } from './policy-rules-view';
import { PolicyStatusTag } from './policy-status-tag';
import { RegionName } from './reference-names';
import { NO_PROBLEMS, type SettingProblems } from './setting-problems';

const moment = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

/** One version: its facts, the steps its status allows, and its rules read out or, for a draft, edited. */
export function PolicyPage() {
  const t = useT(policyMessages);
  const { id = '' } = useParams<{ id: string }>();
  const policy = useQuery(policyQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/subsidy-policies">
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={policy} title={t('title')} back={back}>
      {(data) => <PolicyView key={`${data.id}:${data.status}:${data.updatedAt}`} policy={data} back={back} />}
    </RecordPage>
  );
}

function PolicyView({ policy, back }: { policy: PolicyDetail; back: ReactNode }) {
  const t = useT(policyMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'subsidyPolicies.manage');
  const [editing, setEditing] = useState(false);
  const [problems, setProblems] = useState<SettingProblems>(NO_PROBLEMS);
  const own = me.id === policy.createdBy || me.id === policy.submittedBy;

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="policy-heading">{`${policy.label} ${policy.title}`}</span>
            <PolicyStatusTag status={policy.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {canManage && !editing && <PolicyActions policy={policy} onProblems={setProblems} />}
            {back}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        {canManage && own && policy.status === 'submitted' && (
          <Alert type="info" showIcon title={t('ownPolicyNote')} data-testid="policy-own-note" />
        )}
        {problems.other.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('problemsTitle')}
            description={problems.other.join('；')}
            data-testid="policy-problems"
          />
        )}
        <Card>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            data-testid="policy-facts"
            items={[
              { key: 'version', label: t('version'), children: policy.label },
              { key: 'region', label: t('region'), children: <RegionName code={policy.regionCode} /> },
              { key: 'effectiveFrom', label: t('effectiveFrom'), children: policy.effectiveFrom },
              { key: 'submittedAt', label: t('submittedAt'), children: moment(policy.submittedAt) },
              { key: 'decidedAt', label: t('decidedAt'), children: moment(policy.decidedAt) },
              { key: 'publishedAt', label: t('publishedAt'), children: moment(policy.publishedAt) },
              { key: 'note', label: t('note'), children: policy.note ?? '—', span: 'filled' },
              ...(policy.decisionNote
                ? [
                    {
                      key: 'decisionNote',
                      label: t('decisionNote'),
                      children: policy.decisionNote,
                      span: 'filled' as const,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card
          title={t('rulesTitle')}
          extra={
            canManage &&
            !editing &&
            mayActOnPolicy(policy.status, 'edit') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="policy-edit">
                {t('edit')}
              </Button>
            )
          }
        >
          {editing ? (
            <PolicyForm policy={policy} onDone={() => setEditing(false)} />
          ) : (
            <PolicyRulesView document={policy.document} problems={problems} />
          )}
        </Card>
      </Flex>
    </>
  );
}

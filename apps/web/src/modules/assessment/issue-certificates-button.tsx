import { SafetyCertificateOutlined } from '@ant-design/icons';
import { CERTIFICATE_KIND_NAMES } from '@qiancheng/domain/credentials/certificate-kinds';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Popconfirm, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { CERTIFICATES_QUERY_ROOT } from '../credentials/credentials-api';
import {
  ASSESSMENT_QUERY_ROOT,
  type ClassResults,
  type IssuedCertificate,
  issueCertificates,
} from './assessment-api';
import { issuableCount } from './result-values';
import { resultsMessages } from './results-messages';

/**
 * Issues the certificates the results allow, after a confirmation naming how many, and then lists
 * the numbers issued. An institution issues 培训合格证; an assessment body the certificates of its
 * evaluations.
 */
export function IssueCertificatesButton({
  results,
  issuer,
  blocked = null,
}: {
  results: ClassResults;
  issuer: 'institution' | 'assessor';
  /** Why certificates cannot be issued just now (unsaved changes). */
  blocked?: string | null;
}) {
  const t = useT(resultsMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [issued, setIssued] = useState<IssuedCertificate[] | null>(null);
  const count = issuableCount(results, issuer);
  const issue = useMutation({
    mutationFn: () => issueCertificates(results.classId),
    onSuccess: (certificates) => {
      setIssued(certificates);
      message.success(t('issuedTitle', { count: certificates.length }));
      void queryClient.invalidateQueries({ queryKey: ASSESSMENT_QUERY_ROOT });
      void queryClient.invalidateQueries({ queryKey: CERTIFICATES_QUERY_ROOT });
    },
    onError: reportError,
  });

  const kinds = [...new Set(results.items.flatMap((r) => (r.evaluation?.passed ? [r.evaluation.kind] : [])))]
    .flatMap((kind) => (kind === 'completion' ? [] : [CERTIFICATE_KIND_NAMES[kind][locale]]))
    .join('、');
  const button = (
    <Button
      type="primary"
      icon={<SafetyCertificateOutlined />}
      disabled={count === 0 || blocked !== null}
      loading={issue.isPending}
      data-testid="issue-certificates"
    >
      {issuer === 'institution' ? t('issueTraining') : t('issueEvaluation')}
    </Button>
  );

  return (
    <>
      {count === 0 || blocked ? (
        <Tooltip title={blocked ?? t('issuableNone')}>{button}</Tooltip>
      ) : (
        <Popconfirm
          title={t('issueTitle')}
          description={
            <div style={{ maxWidth: 360 }}>
              {issuer === 'institution'
                ? t('issueTrainingDescription', { count })
                : t('issueEvaluationDescription', { count, kinds })}
            </div>
          }
          okText={t('issueOk')}
          cancelText={t('cancel')}
          onConfirm={() => issue.mutateAsync().catch(() => {})}
        >
          {button}
        </Popconfirm>
      )}
      <Modal
        open={issued !== null}
        title={t('issuedTitle', { count: issued?.length ?? 0 })}
        onCancel={() => setIssued(null)}
        footer={
          <Button type="primary" onClick={() => setIssued(null)} data-testid="issued-close">
            {t('close')}
          </Button>
        }
        data-testid="issued-certificates"
      >
        <Table<IssuedCertificate>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={issued ?? []}
          columns={[
            { key: 'holder', dataIndex: 'holderName', title: t('issuedHolder') },
            {
              key: 'number',
              dataIndex: 'number',
              title: t('issuedNumber'),
              render: (number: string) => <Typography.Text copyable>{number}</Typography.Text>,
            },
          ]}
        />
      </Modal>
    </>
  );
}

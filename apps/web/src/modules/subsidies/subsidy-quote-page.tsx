import { can } from '@qiancheng/domain';
import { Alert, Card, Col, Empty, Flex, Row, Spin, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { CertificateNumberForm, MyCertificateForm } from './certificate-forms';
import { ClassTraineeForm, MyEnrolmentForm } from './enrolment-forms';
import { InsuranceImportButton } from './insurance-import';
import { subsidyQuoteMessages } from './messages';
import { TrainingPlanForm, UpgradePlanForm } from './plan-forms';
import { QUOTE_KINDS, quoteKindOf } from './quote-request';
import { QuoteResult } from './quote-result';
import type { QuoteKind } from './subsidy-quote-api';
import { type QuoteFailure, type QuoteRunner, useQuoteRunner } from './use-quote-runner';

/** What the address may carry: the tab, and for staff a class trainee or a certificate to quote. */
const PARAMS = ['kind', 'class', 'enrolment', 'number'] as const;

const TAB_LABELS = {
  enrolment: { self: 'tabEnrolment', staff: 'tabEnrolmentStaff' },
  certificate: { self: 'tabCertificate', staff: 'tabCertificateStaff' },
  training_plan: { self: 'tabTrainingPlan', staff: 'tabTrainingPlan' },
  upgrade_plan: { self: 'tabUpgradePlan', staff: 'tabUpgradePlan' },
} as const;

function Failure({ failure }: { failure: QuoteFailure }) {
  const t = useT(subsidyQuoteMessages);
  return (
    <Alert
      type="error"
      showIcon
      title={t('quoteFailed')}
      description={
        <>
          <div>{failure.message}</div>
          {failure.reasons.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failure.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </>
      }
      data-testid="quote-error"
    />
  );
}

/** The quote of the tab's form: waiting, refused, answered, or not asked yet. */
function ResultCard({ runner }: { runner: QuoteRunner }) {
  const t = useT(subsidyQuoteMessages);
  return (
    <Card title={t('resultTitle')} data-testid="quote-result">
      {runner.pending ? (
        <Flex justify="center" style={{ padding: 32 }}>
          <Spin />
        </Flex>
      ) : runner.failure ? (
        <Failure failure={runner.failure} />
      ) : runner.quote ? (
        <QuoteResult quote={runner.quote} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('resultEmpty')} />
      )}
    </Card>
  );
}

/**
 * 补贴测算: a worker quotes for themselves (their enrolments, their certificates, or a plan), staff
 * for the people and classes of their region (a class trainee, a certificate by number, or a plan
 * for a person named by ID number). The quote runs the rules claims are checked by and records
 * nothing. The tab lives in the address, so the class roster can link to a trainee's quote.
 */
export function SubsidyQuotePage() {
  const t = useT(subsidyQuoteMessages);
  const me = useCurrentUser();
  // The server quotes a worker for themselves whatever the request names; staff name the person.
  const self = me.role === 'worker';
  const [search, update] = useUrlSearch(PARAMS);
  const kind = quoteKindOf(search.kind);
  const runner = useQuoteRunner();

  const forms: Record<QuoteKind, ReactNode> = {
    enrolment: self ? (
      <MyEnrolmentForm runner={runner} />
    ) : (
      <ClassTraineeForm runner={runner} classId={search.class} enrolmentId={search.enrolment} />
    ),
    certificate: self ? (
      <MyCertificateForm runner={runner} />
    ) : (
      <CertificateNumberForm runner={runner} number={search.number} />
    ),
    training_plan: <TrainingPlanForm runner={runner} self={self} />,
    upgrade_plan: <UpgradePlanForm runner={runner} self={self} />,
  };

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          can(me.role, 'insuranceRecords.import') ? <InsuranceImportButton onImported={runner.reset} /> : null
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {self ? t('intro') : t('introStaff')}
        </Typography.Paragraph>
        <Tabs
          activeKey={kind}
          destroyOnHidden
          onChange={(key) => {
            runner.reset();
            // Another tab starts afresh: what the address chose belongs to the tab it was for.
            update({ kind: key, class: undefined, enrolment: undefined, number: undefined });
          }}
          items={QUOTE_KINDS.map((key) => ({
            key,
            label: (
              <span data-testid={`quote-tab-${key}`}>{t(TAB_LABELS[key][self ? 'self' : 'staff'])}</span>
            ),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={10}>
                  <Card>{forms[key]}</Card>
                </Col>
                <Col xs={24} xl={14}>
                  <ResultCard runner={runner} />
                </Col>
              </Row>
            ),
          }))}
        />
      </Flex>
    </>
  );
}

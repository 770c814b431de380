import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { SUBSIDY_RULES, type SubsidyRuleId } from '@qiancheng/domain/subsidy/rule-texts';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Table, type TableColumnsType, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { ItemList } from '../../app/components/item-list';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { pickLocalized } from '../../app/i18n/messages';
import { regionDetailQuery } from '../reference/reference-api';
import { subsidyQuoteMessages } from './messages';
import type { QuoteLine, QuoteStage, SubsidyQuote } from './subsidy-quote-api';

const grouped = (fen: number) => yuan(fen, { grouped: true });

const PAYEE_KEYS = {
  individual: 'payeeIndividual',
  institution: 'payeeInstitution',
  enterprise: 'payeeEnterprise',
} as const;

const STAGE_KEYS = { certification: 'stageCertification', employment: 'stageEmployment' } as const;

const STATUS = {
  payable: { key: 'statusPayable', color: 'green' },
  pending: { key: 'statusPending', color: 'gold' },
  lapsed: { key: 'statusLapsed', color: 'default' },
} as const;

/** The rule a finding rests on: its id, and its name on hover and for screen readers. */
function RuleTag({ ruleId }: { ruleId: SubsidyRuleId }) {
  const { locale } = useLocale();
  const name = SUBSIDY_RULES[ruleId]?.name[locale] ?? '';
  return (
    <Tag color="blue" title={name} data-testid={`quote-rule-${ruleId}`}>
      {name ? `${ruleId} ${name}` : ruleId}
    </Tag>
  );
}

/** The policy's version and whose it is: a region's, or the national default. */
function PolicyText({ policy }: { policy: SubsidyQuote['policy'] }) {
  const t = useT(subsidyQuoteMessages);
  const region = useQuery({
    ...regionDetailQuery(policy.regionCode ?? ''),
    enabled: policy.regionCode !== null,
  });
  const whose = policy.regionCode ? (region.data?.name ?? policy.regionCode) : t('nationalDefault');
  return <span data-testid="quote-policy">{t('policyOf', { version: policy.version, region: whose })}</span>;
}

/** Short values (dates, names of stages) kept on one line while the explanations wrap. */
function Nowrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

/**
 * A quote as the rules gave it: eligible or not in large type with the amount, who it is for and on
 * what, where the money comes from and whom it goes to, under which policy version; then the
 * breakdown, the payment stages, and every condition not met, each with the rule it rests on.
 */
export function QuoteResult({ quote }: { quote: SubsidyQuote }) {
  const t = useT(subsidyQuoteMessages);
  const { locale } = useLocale();
  const { token } = theme.useToken();

  const lineColumns: TableColumnsType<QuoteLine> = [
    { key: 'rule', title: t('rule'), width: 150, render: (_, line) => <RuleTag ruleId={line.ruleId} /> },
    { key: 'text', title: t('explanation'), render: (_, line) => pickLocalized(line.text, locale) },
    {
      key: 'amount',
      title: t('lineAmount'),
      align: 'right',
      render: (_, line) => (line.amountFen === null ? '' : grouped(line.amountFen)),
    },
  ];
  const stageColumns: TableColumnsType<QuoteStage> = [
    { key: 'stage', title: t('stage'), render: (_, stage) => <Nowrap>{t(STAGE_KEYS[stage.stage])}</Nowrap> },
    {
      key: 'amount',
      title: t('lineAmount'),
      align: 'right',
      render: (_, stage) => grouped(stage.amountFen),
    },
    {
      key: 'status',
      title: t('stageStatus'),
      render: (_, stage) => (
        <Tag color={STATUS[stage.status].color} data-testid={`quote-stage-status-${stage.stage}`}>
          {t(STATUS[stage.status].key)}
        </Tag>
      ),
    },
    { key: 'dueBy', title: t('dueBy'), render: (_, stage) => <Nowrap>{stage.dueBy ?? '—'}</Nowrap> },
    {
      key: 'text',
      title: t('explanation'),
      render: (_, stage) => (
        <Flex gap={4} wrap align="center">
          <RuleTag ruleId={stage.ruleId} />
          <span>{pickLocalized(stage.text, locale)}</span>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={20}>
      <Flex align="center" gap={24} wrap>
        <Flex align="center" gap={12}>
          <span style={{ fontSize: 40, lineHeight: 1 }}>
            {quote.eligible ? (
              <CheckCircleFilled style={{ color: token.colorSuccess }} />
            ) : (
              <CloseCircleFilled style={{ color: token.colorError }} />
            )}
          </span>
          <Typography.Title
            level={2}
            type={quote.eligible ? 'success' : 'danger'}
            style={{ margin: 0 }}
            data-testid="quote-status"
          >
            {quote.eligible ? t('eligible') : t('notEligible')}
          </Typography.Title>
        </Flex>
        <Flex vertical>
          <Typography.Text type="secondary">{t('amount')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 28, lineHeight: 1.2 }} data-testid="quote-amount">
            {t('yuanValue', { yuan: grouped(quote.amountFen) })}
          </Typography.Text>
        </Flex>
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        data-testid="quote-facts"
        items={[
          {
            key: 'person',
            label: t('person'),
            children: t('personValue', { name: quote.person.name, idNumber: quote.person.idNumberMasked }),
          },
          {
            key: 'subject',
            label: t('subject'),
            children:
              quote.subject.title === quote.subject.occupationCode
                ? `${quote.subject.occupationName}（${quote.subject.occupationCode}）`
                : `${quote.subject.title} · ${quote.subject.occupationName}`,
          },
          {
            key: 'scheme',
            label: t('scheme'),
            children: quote.scheme === 'training' ? t('schemeTraining') : t('schemeSkillUpgrade'),
          },
          { key: 'fund', label: t('fund'), children: fundSource(quote.fund)?.name[locale] ?? quote.fund },
          { key: 'payee', label: t('payee'), children: t(PAYEE_KEYS[quote.payee]) },
          { key: 'policy', label: t('policy'), children: <PolicyText policy={quote.policy} /> },
        ]}
      />
      {quote.unmet.length > 0 && (
        <Section title={t('unmet')} testId="quote-unmet">
          <ItemList
            items={quote.unmet.map((item) => ({
              key: `${item.ruleId}-${item.code}`,
              testId: `quote-unmet-${item.code}`,
              content: (
                <Flex gap={8} align="center" wrap>
                  <RuleTag ruleId={item.ruleId} />
                  <Typography.Text type="danger">{pickLocalized(item.text, locale)}</Typography.Text>
                </Flex>
              ),
            }))}
          />
        </Section>
      )}
      {quote.lines.length > 0 && (
        <Section title={t('lines')} testId="quote-lines">
          <Table<QuoteLine>
            size="small"
            rowKey={(line) => `${line.ruleId}-${line.code}`}
            columns={lineColumns}
            dataSource={quote.lines}
            pagination={false}
          />
        </Section>
      )}
      {quote.stages.length > 0 && (
        <Section title={t('stages')} testId="quote-stages">
          <Table<QuoteStage>
            size="small"
            rowKey="stage"
            columns={stageColumns}
            dataSource={quote.stages}
            pagination={false}
          />
        </Section>
      )}
      {quote.costShare && (
        <Section title={t('costShare')} testId="quote-cost-share">
          <Descriptions
            size="small"
            bordered
            layout="vertical"
            column={{ xs: 2, sm: 4 }}
            items={[
              { key: 'fee', label: t('costFee'), children: grouped(quote.costShare.feeFen) },
              {
                key: 'government',
                label: t('costGovernment'),
                children: grouped(quote.costShare.governmentFen),
              },
              {
                key: 'enterprise',
                label: t('costEnterprise'),
                children: grouped(quote.costShare.enterpriseFen),
              },
              {
                key: 'individual',
                label: t('costIndividual'),
                children: grouped(quote.costShare.individualFen),
              },
            ]}
          />
        </Section>
      )}
      <Typography.Text type="secondary">{t('disclaimer')}</Typography.Text>
    </Flex>
  );
}

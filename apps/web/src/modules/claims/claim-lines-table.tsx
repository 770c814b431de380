import { SUBSIDY_RULES, type SubsidyRuleId } from '@qiancheng/domain/subsidy/rule-texts';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { claimReasons } from './claim-reasons';
import type { ClaimLine } from './claims-api';
import { claimMessages } from './messages';

const STAGE_KEYS = {
  certification: 'stageCertification',
  employment: 'stageEmployment',
  skill_upgrade: 'stageUpgrade',
} as const;

/** A rule the line rests on: its id, and its name on hover. */
function RuleTag({ ruleId }: { ruleId: string }) {
  const { locale } = useLocale();
  const name = SUBSIDY_RULES[ruleId as SubsidyRuleId]?.name[locale];
  return (
    <Tag color="blue" title={name} style={{ marginInlineEnd: 0 }}>
      {ruleId}
    </Tag>
  );
}

/** The rules the line's quote applied, by id, each named on hover. */
function RuleIds({ ruleIds }: { ruleIds: string[] }) {
  const { locale } = useLocale();
  const names = ruleIds.map((ruleId) => {
    const name = SUBSIDY_RULES[ruleId as SubsidyRuleId]?.name[locale];
    return name ? `${ruleId} ${name}` : ruleId;
  });
  return (
    <Typography.Text type="secondary" title={names.join('\n')}>
      {ruleIds.join(' ')}
    </Typography.Text>
  );
}

/** Claimed, or not claimed with each reason in words and the rule it rests on. */
function Inclusion({ line }: { line: ClaimLine }) {
  const t = useT(claimMessages);
  const { locale } = useLocale();
  if (line.included) {
    return (
      <Tag color="green" data-testid="claim-line-included">
        {t('included')}
      </Tag>
    );
  }
  return (
    <Flex vertical gap={4} align="start" data-testid="claim-line-excluded">
      <Tag color="red">{t('excluded')}</Tag>
      {claimReasons(line, locale).map((reason) => (
        <Flex key={reason.code} gap={4} align="center" wrap data-testid={`claim-reason-${reason.code}`}>
          {reason.ruleId && <RuleTag ruleId={reason.ruleId} />}
          <Typography.Text type="danger">{reason.text}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * 申领明细: one row per claimed payment stage of a trainee, and one per trainee the rules refuse
 * or whose stages are claimed already, so reviewers see the whole roster with the reasons. With
 * `onObject` (staff, the claim under notice), each claimed line offers 登记异议.
 */
export function ClaimLinesTable({
  lines,
  onObject,
}: {
  lines: ClaimLine[];
  onObject?: (line: ClaimLine) => void;
}) {
  const t = useT(claimMessages);
  const columns: TableColumnsType<ClaimLine> = [
    { key: 'name', dataIndex: 'name', title: t('trainee') },
    { key: 'idNumber', dataIndex: 'idNumberMasked', title: t('idNumber') },
    {
      key: 'stage',
      title: t('stage'),
      render: (_, line) => (line.stage ? t(STAGE_KEYS[line.stage]) : '—'),
    },
    {
      key: 'amount',
      title: t('amount'),
      align: 'right',
      render: (_, line) => yuan(line.amountFen, { grouped: true }),
    },
    { key: 'inclusion', title: t('inclusion'), render: (_, line) => <Inclusion line={line} /> },
    { key: 'policyVersion', dataIndex: 'policyVersion', title: t('policyVersion') },
    {
      key: 'ruleIds',
      title: t('ruleIds'),
      render: (_, line) => <RuleIds ruleIds={line.ruleIds} />,
    },
  ];
  if (onObject) {
    columns.push({
      key: 'actions',
      title: t('lineActions'),
      render: (_, line) =>
        line.included && (
          <Button
            type="link"
            style={{ paddingInline: 0 }}
            onClick={() => onObject(line)}
            data-testid="claim-line-object"
          >
            {t('objectLine')}
          </Button>
        ),
    });
  }
  return (
    <Table<ClaimLine>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="claim-lines"
    />
  );
}

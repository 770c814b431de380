import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import { Descriptions, Flex, Table, Typography } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { policyMessages } from './messages';
import { settingTestId } from './policy-settings';
import { OccupationName } from './reference-names';
import { describeRules } from './rule-lines';
import { NO_PROBLEMS, type SettingProblems } from './setting-problems';

function Problems({ messages }: { messages: string[] | undefined }) {
  return (messages ?? []).map((message) => (
    <Typography.Text key={message} type="danger" style={{ display: 'block' }}>
      {message}
    </Typography.Text>
  ));
}

/**
 * Every rule A1–C2 read out (amounts in 元, percentages, months, groups and levels by name), then
 * the 急需紧缺 list; a refused submission's problems show under the settings they name.
 */
export function PolicyRulesView({
  document,
  problems = NO_PROBLEMS,
}: {
  document: SubsidyPolicy;
  problems?: SettingProblems;
}) {
  const t = useT(policyMessages);
  const { locale } = useLocale();
  return (
    <Flex vertical gap={16} data-testid="policy-rules">
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 180, verticalAlign: 'top' } }}
        items={describeRules(document.rules, locale).map((group) => ({
          key: group.ruleId,
          label: `${group.ruleId} ${group.name}`,
          children: (
            <Flex vertical gap={2}>
              {group.lines.map((line) => (
                <div key={line.path} data-testid={settingTestId('rule', line.path)}>
                  <div>{line.text}</div>
                  <Problems messages={problems.bySetting[line.path]} />
                </div>
              ))}
            </Flex>
          ),
        }))}
      />
      <div>
        <Typography.Title level={5}>{t('shortageTitle')}</Typography.Title>
        <Table
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={document.shortageOccupations.map((period, index) => ({ ...period, index }))}
          locale={{ emptyText: t('shortageEmpty') }}
          columns={[
            {
              key: 'occupation',
              title: t('shortageOccupation'),
              render: (_, period) => (
                <>
                  <OccupationName code={period.occupationCode} />
                  <Problems messages={problems.byShortageEntry[period.index]} />
                </>
              ),
            },
            { key: 'from', dataIndex: 'from', title: t('shortageFrom') },
            { key: 'to', dataIndex: 'to', title: t('shortageTo') },
          ]}
          data-testid="policy-shortage-list"
        />
      </div>
    </Flex>
  );
}

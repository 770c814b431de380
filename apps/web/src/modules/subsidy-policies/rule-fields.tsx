import { SUBSIDY_RULE_IDS, SUBSIDY_RULES } from '@qiancheng/domain/subsidy/rule-texts';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';
import { translate } from '../../app/i18n/messages';
import { POLICY_SETTINGS, type PolicySetting } from './policy-settings';
import { ruleMessages } from './rule-messages';
import { SettingInput } from './setting-input';

/** Lists and switches read better across the card; numbers sit three to a row. */
const wide = (item: PolicySetting) =>
  item.kind !== 'yuan' && item.kind !== 'percent' && item.kind !== 'count';

/** The inputs of every rule A1–C2, a card per rule. */
export function RuleFields() {
  const { locale } = useLocale();
  return (
    <Flex vertical gap={12}>
      {SUBSIDY_RULE_IDS.map((ruleId) => {
        const settings = POLICY_SETTINGS.filter((item) => item.ruleId === ruleId);
        return (
          <Card key={ruleId} size="small" title={`${ruleId} ${SUBSIDY_RULES[ruleId].name[locale]}`}>
            {settings.length === 0 ? (
              <Typography.Text type="secondary">
                {translate(ruleMessages, locale, `${ruleId}.none` as 'A8.none')}
              </Typography.Text>
            ) : (
              <Row gutter={16}>
                {settings.map((item) => (
                  <Col key={item.path} xs={24} md={wide(item) ? 24 : 8}>
                    <SettingInput item={item} />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        );
      })}
    </Flex>
  );
}

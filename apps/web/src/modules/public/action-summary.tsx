import { ReadOutlined, RocketOutlined, SafetyCertificateOutlined, SolutionOutlined } from '@ant-design/icons';
import { Card, Col, Row, Steps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ItemList } from '../../app/components/item-list';
import { useT } from '../../app/i18n/locale-context';
import { homeMessages } from './messages';

const GROUPS = ['groupRural', 'groupGraduates', 'groupUnemployed', 'groupHardship'] as const;
const FIELDS = [
  ['fieldCare', 'magenta'],
  ['fieldManufacturing', 'blue'],
  ['fieldServices', 'green'],
  ['fieldNewOccupations', 'purple'],
] as const;
const STEPS: ReadonlyArray<
  readonly ['stepDemand' | 'stepTraining' | 'stepEvaluation' | 'stepEmployment', ReactNode]
> = [
  ['stepDemand', <SolutionOutlined key="demand" />],
  ['stepTraining', <ReadOutlined key="training" />],
  ['stepEvaluation', <SafetyCertificateOutlined key="evaluation" />],
  ['stepEmployment', <RocketOutlined key="employment" />],
];

/** Who the action serves, in which fields, and the project model it prescribes (notice §二). */
export function ActionSummary() {
  const t = useT(homeMessages);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('groupsTitle')} style={{ height: '100%' }}>
          <Typography.Paragraph>{t('groupsText')}</Typography.Paragraph>
          <ItemList items={GROUPS.map((key) => ({ key, content: t(key) }))} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('groupsProvincial')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('fieldsTitle')} style={{ height: '100%' }}>
          <Typography.Paragraph>{t('fieldsText')}</Typography.Paragraph>
          {FIELDS.map(([key, color]) => (
            <Tag key={key} color={color} style={{ fontSize: 16, padding: '4px 12px', marginBottom: 8 }}>
              {t(key)}
            </Tag>
          ))}
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('modelTitle')}>
          <Typography.Paragraph>{t('modelText')}</Typography.Paragraph>
          {/* Not a progress indicator: every stage is part of every project, so all show as reached. */}
          <Steps
            current={STEPS.length - 1}
            items={STEPS.map(([step, icon]) => ({ title: t(step), content: t(`${step}Text`), icon }))}
          />
        </Card>
      </Col>
    </Row>
  );
}

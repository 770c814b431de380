import {
  CONSUMABLES_CATEGORIES,
  EVALUATION_TYPE_NAMES,
  EVALUATION_TYPES,
  TRAINING_MODE_NAMES,
  TRAINING_MODES,
} from '@qiancheng/domain/projects/project-lifecycle';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { Card, Col, Form, type FormInstance, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { codeOptions } from '../reference/code-names';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { projectMessages } from './messages';
import type { ProjectFormValues } from './project-form-values';

const CONSUMABLES_KEYS = {
  low: 'consumablesLow',
  medium: 'consumablesMedium',
  high: 'consumablesHigh',
} as const;

interface ProjectFormProps {
  form: FormInstance<ProjectFormValues>;
  initialValues: ProjectFormValues;
  editable: boolean;
  root: { code: string; name: string } | null;
  /** Marks the fields publication needs, so staff see them before the first attempt. */
  publishRequired: boolean;
}

/**
 * Every public field of a project. Saving a draft needs only title, occupation and region;
 * the rest may stay empty until publication, which then names whatever is missing.
 */
export function ProjectForm({ form, initialValues, editable, root, publishRequired }: ProjectFormProps) {
  const t = useT(projectMessages);
  const { locale } = useLocale();
  const required = publishRequired || undefined;
  return (
    <Form<ProjectFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={!editable}
      data-testid="project-form"
    >
      <Card title={t('basics')} style={{ marginBottom: 16 }}>
        <Form.Item
          name="title"
          label={t('projectTitle')}
          rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}
        >
          <Input maxLength={200} data-testid="project-title" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="occupationCode"
              label={t('occupation')}
              rules={[{ required: true, message: t('occupationRequired') }]}
            >
              <OccupationSelect allowClear={false} data-testid="project-occupation" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="skillLevel" label={t('skillLevel')}>
              <SkillLevelSelect withAny data-testid="project-level" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('region')}
              rules={[{ required: true, message: t('regionRequired') }]}
            >
              <RegionCascader root={root} allowClear={false} data-testid="project-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="postsAvailable" label={t('postsAvailable')} required={required}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="project-posts" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="targetGroups" label={t('targetGroups')} required={required}>
          <Select mode="multiple" options={codeOptions(TARGET_GROUPS, locale)} data-testid="project-groups" />
        </Form.Item>
      </Card>
      <Card title={t('content')}>
        <Form.Item name="skillRequirements" label={t('skillRequirements')} required={required}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="project-skills" />
        </Form.Item>
        <Form.Item name="contentOutline" label={t('contentOutline')} required={required}>
          <Input.TextArea rows={5} maxLength={5000} showCount data-testid="project-outline" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="hoursTheory" label={t('hoursTheory')} required={required}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: '100%' }}
                data-testid="project-hours-theory"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="hoursPractice" label={t('hoursPractice')} required={required}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: '100%' }}
                data-testid="project-hours-practice"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="evaluationType" label={t('evaluationType')} required={required}>
              <Select
                allowClear
                options={EVALUATION_TYPES.map((value) => ({
                  value,
                  label: EVALUATION_TYPE_NAMES[value][locale],
                }))}
                data-testid="project-evaluation"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="mode" label={t('mode')} required={required}>
          <Radio.Group
            options={TRAINING_MODES.map((value) => ({ value, label: TRAINING_MODE_NAMES[value][locale] }))}
            data-testid="project-mode"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="subsidyStandardRef"
              label={t('subsidyStandardRef')}
              extra={t('subsidyStandardRefHint')}
            >
              <Input maxLength={200} data-testid="project-subsidy-ref" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="consumables" label={t('consumables')}>
              <Radio.Group
                options={CONSUMABLES_CATEGORIES.map((value) => ({
                  value,
                  label: t(CONSUMABLES_KEYS[value]),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}

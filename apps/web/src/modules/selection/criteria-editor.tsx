import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type Criterion, criteriaProblems } from '@qiancheng/domain/institutions/selection';
import { Button, Col, Form, type FormInstance, Input, InputNumber, Row, Typography } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

/**
 * The scoring criteria of a round: one row per criterion, with the weights' sum shown as it is
 * typed and checked by the same rule the server applies (distinct codes, whole weights adding to 100).
 */
export function CriteriaEditor({ form }: { form: FormInstance }) {
  const t = useT(selectionMessages);
  const criteria = (Form.useWatch('criteria', form) ?? []) as Partial<Criterion>[];
  const sum = criteria.reduce((total, c) => total + (Number(c?.weight) || 0), 0);

  return (
    <Form.List
      name="criteria"
      rules={[
        {
          validator: async (_rule, value: Criterion[] | undefined) => {
            for (const problem of criteriaProblems(value ?? [])) {
              if (problem.reason === 'criteria_empty') throw new Error(t('criteriaEmpty'));
              if (problem.reason === 'criterion_key_duplicate')
                throw new Error(t('keyDuplicate', { key: problem.key }));
              if (problem.reason === 'criteria_weights_sum') throw new Error(t('weightsSum', { sum }));
            }
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" data-testid={`criterion-${index}`}>
              <Col xs={12} md={4}>
                <Form.Item
                  name={[field.name, 'key']}
                  label={index === 0 ? t('criterionKey') : undefined}
                  rules={[{ required: true, pattern: KEY_PATTERN, message: t('keyPattern') }]}
                >
                  <Input maxLength={32} data-testid={`criterion-key-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={index === 0 ? t('criterionName') : undefined}
                  rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
                >
                  <Input maxLength={50} data-testid={`criterion-name-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={8} md={4}>
                <Form.Item
                  name={[field.name, 'weight']}
                  label={index === 0 ? t('criterionWeight') : undefined}
                  rules={[{ required: true, type: 'integer', min: 1, max: 100, message: t('weightRange') }]}
                >
                  <InputNumber
                    min={1}
                    max={100}
                    precision={0}
                    style={{ width: '100%' }}
                    data-testid={`criterion-weight-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col xs={13} md={8}>
                <Form.Item
                  name={[field.name, 'description']}
                  label={index === 0 ? t('criterionDescription') : undefined}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </Col>
              <Col xs={3} md={2}>
                <Form.Item label={index === 0 ? ' ' : undefined}>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('removeCriterion')}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Row justify="space-between" align="middle" style={{ marginBottom: 16 }}>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ key: '', name: '', weight: undefined, description: '' })}
              disabled={fields.length >= 10}
            >
              {t('addCriterion')}
            </Button>
            <Typography.Text type={sum === 100 ? 'success' : 'warning'} data-testid="criteria-sum">
              {sum === 100 ? t('weightsOk') : t('weightsSum', { sum })}
            </Typography.Text>
          </Row>
        </>
      )}
    </Form.List>
  );
}

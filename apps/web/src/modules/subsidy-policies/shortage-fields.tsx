import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Typography } from 'antd';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useT } from '../../app/i18n/locale-context';
import { OccupationSelect } from '../reference/occupation-select';
import { policyMessages } from './messages';

/** The 急需紧缺 list of the draft: an occupation and the first and last day it is listed. */
export function ShortageFields() {
  const t = useT(policyMessages);
  return (
    <>
      <Typography.Title level={5}>{t('shortageTitle')}</Typography.Title>
      <Form.List name={['document', 'shortageOccupations']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={12} align="top">
                <Col xs={24} md={10}>
                  <Form.Item
                    name={[field.name, 'occupationCode']}
                    label={t('shortageOccupation')}
                    rules={[{ required: true, message: t('occupationRequired') }]}
                  >
                    <OccupationSelect allowClear={false} data-testid={`shortage-${field.name}-occupation`} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={6}>
                  <Form.Item
                    name={[field.name, 'from']}
                    label={t('shortageFrom')}
                    rules={[{ required: true, message: t('dateRequired') }]}
                  >
                    <CivilDatePicker style={{ width: '100%' }} data-testid={`shortage-${field.name}-from`} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={6}>
                  <Form.Item
                    name={[field.name, 'to']}
                    label={t('shortageTo')}
                    rules={[{ required: true, message: t('dateRequired') }]}
                  >
                    <CivilDatePicker style={{ width: '100%' }} data-testid={`shortage-${field.name}-to`} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item label=" ">
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('removeShortage')}
                      onClick={() => remove(field.name)}
                      data-testid={`shortage-${field.name}-remove`}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="shortage-add">
              {t('addShortage')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

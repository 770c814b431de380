import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { TEACHER_CERTIFICATE_KINDS, teacherCertificateKind } from '@qiancheng/domain/teachers/certificates';
import { Button, Card, Col, DatePicker, Empty, Flex, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { chinaToday } from '../../app/forms/china-today';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { OccupationSelect } from '../reference/occupation-select';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { teacherMessages } from './messages';
import type { TeacherFormValues } from './teacher-form-values';

interface CertificateFieldsProps {
  disabled?: boolean;
  onUploadingChange: (index: number, busy: boolean) => void;
}

/**
 * A teacher's certificates, one card each. Occupation and level are offered only for the kinds of
 * certificate that carry them, as the server's rules require.
 */
export function CertificateFields({ disabled, onUploadingChange }: CertificateFieldsProps) {
  const t = useT(teacherMessages);
  const { locale } = useLocale();
  const today = dayjs(chinaToday());
  return (
    <Form.List name="certificates">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCertificates')} />
          )}
          {fields.map((field) => (
            <Card
              key={field.key}
              size="small"
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  aria-label={t('removeCertificate')}
                  onClick={() => remove(field.name)}
                  data-testid={`certificate-remove-${field.name}`}
                />
              }
              title={`${t('certificatesSection')} ${field.name + 1}`}
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('certificateKind')}
                    rules={[{ required: true, message: t('kindRequired') }]}
                  >
                    <Select
                      options={TEACHER_CERTIFICATE_KINDS.map((k) => ({
                        value: k.code,
                        label: k.name[locale],
                      }))}
                      data-testid={`certificate-kind-${field.name}`}
                    />
                  </Form.Item>
                </Col>
                <Form.Item
                  noStyle
                  shouldUpdate={(prev: TeacherFormValues, next: TeacherFormValues) =>
                    prev.certificates?.[field.name]?.kind !== next.certificates?.[field.name]?.kind
                  }
                >
                  {({ getFieldValue }) => {
                    const kindCode = getFieldValue(['certificates', field.name, 'kind']);
                    const kind = kindCode ? teacherCertificateKind(kindCode) : null;
                    return (
                      <>
                        {kind?.occupation !== 'none' && (
                          <Col xs={24} md={10}>
                            <Form.Item
                              name={[field.name, 'occupationCode']}
                              label={t('certificateOccupation')}
                              rules={[
                                {
                                  required: kind?.occupation === 'required',
                                  message: t('certificateOccupationRequired'),
                                },
                              ]}
                            >
                              <OccupationSelect data-testid={`certificate-occupation-${field.name}`} />
                            </Form.Item>
                          </Col>
                        )}
                        {kind?.level !== 'none' && (
                          <Col xs={24} md={6}>
                            <Form.Item
                              name={[field.name, 'skillLevel']}
                              label={t('certificateLevel')}
                              rules={[{ required: kind?.level === 'required', message: t('levelRequired') }]}
                            >
                              <SkillLevelSelect allowClear data-testid={`certificate-level-${field.name}`} />
                            </Form.Item>
                          </Col>
                        )}
                      </>
                    );
                  }}
                </Form.Item>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'number']}
                    label={t('certificateNumber')}
                    rules={[{ required: true, whitespace: true, message: t('numberRequired') }]}
                  >
                    <Input maxLength={64} data-testid={`certificate-number-${field.name}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'issuedOn']}
                    label={t('issuedOn')}
                    rules={[{ required: true, message: t('issuedOnRequired') }]}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      disabledDate={(day) => day.isAfter(today, 'day')}
                      data-testid={`certificate-issued-${field.name}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'documentId']} label={t('certificateFile')}>
                    <DocumentUpload
                      purpose="teacher_certificate"
                      disabled={disabled}
                      onBusyChange={(busy) => onUploadingChange(field.name, busy)}
                      data-testid={`certificate-file-${field.name}`}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={disabled}
            onClick={() => add({ kind: 'skill_level' })}
            data-testid="certificate-add"
          >
            {t('addCertificate')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

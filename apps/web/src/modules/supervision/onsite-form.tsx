import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type Conclusion, unexplainedCheckIns } from '@qiancheng/domain/supervision/check-lifecycle';
import { Alert, Button, Card, Col, Flex, Form, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { useSessionText } from './check-summary';
import { ConclusionFields } from './conclusion-fields';
import { supervisionMessages } from './messages';
import { type CheckDetail, recordOnsite } from './supervision-api';
import { useCheckChange } from './use-check-change';

interface OnsiteValues {
  sessionId?: string;
  peoplePresent: number;
  peopleCheckedIn?: number;
  photos: (string | null)[];
  conclusion: Conclusion;
  notes?: string;
}

const MAX_PEOPLE = 1000;
const MAX_PHOTOS = 20;

/**
 * 现场检查 as the inspector records it: the session visited, the people in the room against the
 * people checked in, photos, a conclusion and notes.
 */
export function OnsiteForm({ check }: { check: CheckDetail }) {
  const t = useT(supervisionMessages);
  const sessionText = useSessionText();
  const [form] = Form.useForm<OnsiteValues>();
  const [uploading, setUploading] = useState<Set<number>>(new Set());
  const present = Form.useWatch('peoplePresent', form);
  const checkedIn = Form.useWatch('peopleCheckedIn', form);
  const conclusion = Form.useWatch('conclusion', form);
  const gap = present != null && checkedIn != null ? unexplainedCheckIns(present, checkedIn) : 0;
  const record = useCheckChange(
    (values: OnsiteValues) =>
      recordOnsite(check.id, {
        sessionId: values.sessionId,
        peoplePresent: values.peoplePresent,
        peopleCheckedIn: values.peopleCheckedIn ?? undefined,
        photoDocumentIds: values.photos.filter((id): id is string => Boolean(id)),
        conclusion: values.conclusion,
        notes: values.notes?.trim() ?? '',
      }),
    { form, done: t('recorded') },
  );
  const busy = (index: number, value: boolean) =>
    setUploading((current) => {
      const next = new Set(current);
      if (value) next.add(index);
      else next.delete(index);
      return next;
    });

  return (
    <Card title={t('onsiteTitle')} data-testid="onsite-form">
      <Form<OnsiteValues>
        form={form}
        layout="vertical"
        initialValues={{ sessionId: check.session?.id, photos: [null] }}
        disabled={record.isPending}
        onFinish={(values) => record.mutate(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="sessionId" label={t('visitedSession')} extra={t('visitedSessionHint')}>
              <Select
                allowClear
                options={check.sessions
                  .filter((s) => !s.cancelled)
                  .map((s) => ({ value: s.id, label: sessionText(s) }))}
                data-testid="onsite-session"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="peoplePresent"
              label={t('peoplePresent')}
              rules={[{ required: true, message: t('peoplePresentRequired') }]}
            >
              <InputNumber
                min={0}
                max={MAX_PEOPLE}
                precision={0}
                style={{ width: '100%' }}
                data-testid="onsite-present"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="peopleCheckedIn"
              label={t('peopleCheckedIn')}
              tooltip={t('peopleCheckedInHint')}
              rules={[{ required: true, message: t('peopleCheckedInRequired') }]}
            >
              <InputNumber
                min={0}
                max={MAX_PEOPLE}
                precision={0}
                style={{ width: '100%' }}
                data-testid="onsite-checked-in"
              />
            </Form.Item>
          </Col>
        </Row>
        {gap > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('checkInGap', { gap })}
            style={{ marginBottom: 16 }}
            data-testid="onsite-gap"
          />
        )}
        <Form.List
          name="photos"
          rules={[
            {
              validator: async (_, ids: (string | null)[] | undefined) => {
                if (!ids?.some(Boolean)) throw new Error(t('photosRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('photos')} required>
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item name={field.name} noStyle>
                      <DocumentUpload
                        purpose="supervision_photo"
                        onBusyChange={(value) => busy(index, value)}
                        data-testid={`onsite-photo-${index}`}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)}>
                        {t('removePhoto')}
                      </Button>
                    )}
                  </Flex>
                ))}
                {fields.length < MAX_PHOTOS && (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add(null)}
                    data-testid="onsite-add-photo"
                  >
                    {t('addPhoto')}
                  </Button>
                )}
                <Form.ErrorList errors={errors} />
              </Flex>
            </Form.Item>
          )}
        </Form.List>
        <ConclusionFields conclusion={conclusion} testIdPrefix="onsite" />
        <Button
          type="primary"
          htmlType="submit"
          loading={record.isPending}
          disabled={uploading.size > 0}
          data-testid="onsite-submit"
        >
          {t('submit')}
        </Button>
      </Form>
    </Card>
  );
}

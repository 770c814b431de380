import type { SelectionMethod } from '@qiancheng/domain/institutions/selection';
import {
  DEFAULT_NOTICE_DAYS,
  MAX_NOTICE_DAYS,
  MIN_NOTICE_DAYS,
} from '@qiancheng/domain/institutions/selection';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { chinaToday } from '../../app/forms/china-today';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { ProjectSelect } from '../projects/project-select';
import { CriteriaEditor } from './criteria-editor';
import { selectionMessages } from './messages';
import { createRound, SELECTION_QUERY_ROOT } from './selection-api';

interface RoundFormValues {
  projectId: string;
  method: SelectionMethod;
  conditions: string;
  criteria?: { key: string; name: string; weight: number; description?: string }[];
  places: number;
  applicationDeadline: Dayjs;
  noticeDays: number;
  procurementReference?: string;
}

const OK_TEST_ID = { 'data-testid': 'create-round-submit' };

export function CreateRoundModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(selectionMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RoundFormValues>();
  const reportError = useApiErrorReporter(form);
  const method = Form.useWatch('method', form);
  const today = dayjs(chinaToday());

  const create = useMutation({
    mutationFn: createRound,
    onSuccess: ({ round }) => {
      message.success(t('created', { title: round.projectTitle }));
      void queryClient.invalidateQueries({ queryKey: SELECTION_QUERY_ROOT });
      form.resetFields();
      onClose();
      navigate(`/app/selection/${round.id}`);
    },
    onError: reportError,
  });

  const submit = (values: RoundFormValues) =>
    create.mutate({
      projectId: values.projectId,
      method: values.method,
      conditions: values.conditions.trim(),
      criteria:
        values.method === 'scoring'
          ? (values.criteria ?? []).map((c) => ({
              key: c.key.trim(),
              name: c.name.trim(),
              weight: c.weight,
              description: c.description?.trim() ?? '',
            }))
          : [],
      places: values.places,
      applicationDeadline: values.applicationDeadline.format('YYYY-MM-DD'),
      noticeDays: values.noticeDays,
      procurementReference: values.method === 'procurement' ? values.procurementReference?.trim() : undefined,
    });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createOk')}
      cancelText={t('dismiss')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={860}
      forceRender
      data-testid="create-round-modal"
    >
      <Form<RoundFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={create.isPending}
        initialValues={{
          method: 'scoring',
          places: 1,
          noticeDays: DEFAULT_NOTICE_DAYS,
          criteria: [
            { key: 'teachers', name: t('defaultTeachers'), weight: 30, description: '' },
            { key: 'facilities', name: t('defaultFacilities'), weight: 25, description: '' },
            { key: 'plan', name: t('defaultPlan'), weight: 30, description: '' },
            { key: 'record', name: t('defaultRecord'), weight: 15, description: '' },
          ],
        }}
      >
        <Form.Item
          name="projectId"
          label={t('project')}
          rules={[{ required: true, message: t('projectRequired') }]}
        >
          <ProjectSelect data-testid="round-project" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="method" label={t('method')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'scoring', label: t('methodScoring') },
                  { value: 'procurement', label: t('methodProcurement') },
                ]}
                data-testid="round-method"
              />
            </Form.Item>
          </Col>
          {method === 'procurement' && (
            <Col xs={24} md={12}>
              <Form.Item
                name="procurementReference"
                label={t('procurementReference')}
                rules={[{ required: true, whitespace: true, message: t('procurementReferenceRequired') }]}
              >
                <Input maxLength={100} data-testid="round-procurement-reference" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item
          name="conditions"
          label={t('conditions')}
          rules={[{ required: true, whitespace: true, message: t('conditionsRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={4000}
            showCount
            placeholder={t('conditionsPlaceholder')}
            data-testid="round-conditions"
          />
        </Form.Item>
        {method !== 'procurement' && (
          <Form.Item label={t('criteria')} required>
            <CriteriaEditor form={form} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="places"
              label={t('places')}
              rules={[{ required: true, message: t('placesRequired') }]}
            >
              <InputNumber
                min={1}
                max={50}
                precision={0}
                style={{ width: '100%' }}
                data-testid="round-places"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="applicationDeadline"
              label={t('deadline')}
              rules={[{ required: true, message: t('deadlineRequired') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(date) => date.isBefore(today, 'day')}
                data-testid="round-deadline"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="noticeDays" label={t('noticeDays')} extra={t('noticeDaysHint')} required>
              <InputNumber
                min={MIN_NOTICE_DAYS}
                max={MAX_NOTICE_DAYS}
                precision={0}
                suffix={t('daysUnit')}
                style={{ width: '100%' }}
                data-testid="round-notice-days"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

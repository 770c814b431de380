import {
  CHECK_KIND_NAMES,
  CHECK_KINDS,
  type CheckKind,
  RESPONSE_WINDOW,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { chinaToday } from '../../app/forms/china-today';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { supervisionMessages } from './messages';
import { RequestFields } from './request-fields';
import { createCheck, populationQuery, SUPERVISION_QUERY_ROOT } from './supervision-api';

interface CheckValues {
  classId: string;
  kind: CheckKind;
  plannedOn?: Dayjs;
  withinMinutes: number;
  instructions?: string;
}

const OK_TEST_ID = { 'data-testid': 'create-check-submit' };

/**
 * One check of one running class, outside any sample: an on-site visit on a day, or a remote photo
 * request sent at once with its time to answer.
 */
export function CreateCheckModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(supervisionMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CheckValues>();
  const reportError = useApiErrorReporter(form);
  const kind = Form.useWatch('kind', form) ?? 'onsite';
  const [q, setQ] = useState('');
  const classes = useQuery({
    ...populationQuery({ q: q || undefined, page: 1, pageSize: 20 }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const today = dayjs(chinaToday());

  const create = useMutation({
    mutationFn: createCheck,
    onSuccess: (check) => {
      message.success(check.kind === 'remote' ? t('requested') : t('created'));
      void queryClient.invalidateQueries({ queryKey: SUPERVISION_QUERY_ROOT });
      onClose();
      navigate(`/app/supervision/checks/${check.id}`);
    },
    onError: reportError,
  });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
      data-testid="create-check-modal"
    >
      <Form<CheckValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'onsite', withinMinutes: RESPONSE_WINDOW.default }}
        disabled={create.isPending}
        onFinish={(values) =>
          create.mutate({
            classId: values.classId,
            kind: values.kind,
            ...(values.kind === 'onsite'
              ? { plannedOn: values.plannedOn?.format('YYYY-MM-DD') }
              : {
                  withinMinutes: values.withinMinutes,
                  instructions: values.instructions?.trim() || undefined,
                }),
          })
        }
      >
        <Form.Item
          name="classId"
          label={t('checkClass')}
          rules={[{ required: true, message: t('checkClassRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t('checkClassSearch')}
            loading={classes.isFetching}
            options={classes.data?.items.map((item) => ({
              value: item.classId,
              label: `${item.classCode} ${item.className}（${item.institutionName}）`,
            }))}
            data-testid="check-class"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')}>
          <Radio.Group
            options={CHECK_KINDS.map((value) => ({ value, label: CHECK_KIND_NAMES[value][locale] }))}
            data-testid="check-kind"
          />
        </Form.Item>
        {kind === 'onsite' ? (
          <Form.Item
            name="plannedOn"
            label={t('plannedOn')}
            rules={[{ required: true, message: t('plannedOnRequired') }]}
          >
            <DatePicker
              style={{ width: 200 }}
              disabledDate={(date) => date.isBefore(today, 'day')}
              data-testid="check-planned-on"
            />
          </Form.Item>
        ) : (
          <RequestFields testIdPrefix="check" />
        )}
      </Form>
    </Modal>
  );
}

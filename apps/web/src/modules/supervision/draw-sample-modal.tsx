import { CHECK_KIND_NAMES, CHECK_KINDS, type CheckKind } from '@qiancheng/domain/supervision/check-lifecycle';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, InputNumber, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { chinaToday } from '../../app/forms/china-today';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { supervisionMessages } from './messages';
import { drawSample, populationQuery, SUPERVISION_QUERY_ROOT } from './supervision-api';

interface DrawValues {
  regionCode?: string;
  kind: CheckKind;
  size: number;
  plannedOn?: Dayjs;
}

const SUBMIT_TEST_ID = { 'data-testid': 'draw-submit' };
const CONFIRM_TEST_ID = { 'data-testid': 'draw-confirm' };
/** The server takes up to 200 classes in one draw. */
const MAX_SIZE = 200;

/**
 * 随机抽查: the kind of check, how many classes and (on site) the day; the draw itself is the
 * server's, after a confirmation that says it cannot be undone.
 */
export function DrawSampleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(supervisionMessages);
  const { locale } = useLocale();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DrawValues>();
  const reportError = useApiErrorReporter(form);
  const kind = Form.useWatch('kind', form) ?? 'onsite';
  const region = Form.useWatch('regionCode', form);
  const population = useQuery({ ...populationQuery({ region, page: 1, pageSize: 1 }), enabled: open });
  const count = population.data?.total;
  const today = dayjs(chinaToday());

  const draw = useMutation({
    mutationFn: drawSample,
    onSuccess: (detail) => {
      message.success(t('drawn', { count: detail.sample.drawn }));
      void queryClient.invalidateQueries({ queryKey: SUPERVISION_QUERY_ROOT });
      onClose();
      navigate(`/app/supervision/samples/${detail.sample.id}`);
    },
    onError: reportError,
  });

  const confirm = (values: DrawValues) => {
    const input = {
      ...(values.regionCode ? { regionCode: values.regionCode } : {}),
      kind: values.kind,
      size: values.size,
      ...(values.plannedOn ? { plannedOn: values.plannedOn.format('YYYY-MM-DD') } : {}),
    };
    modal.confirm({
      title: t('drawConfirmTitle'),
      content: t('drawConfirmContent', {
        population: count ?? '—',
        size: Math.min(values.size, count ?? values.size),
        kind: CHECK_KIND_NAMES[values.kind][locale],
      }),
      okText: t('drawConfirmOk'),
      cancelText: t('cancel'),
      okButtonProps: { ...CONFIRM_TEST_ID },
      onOk: () => draw.mutateAsync(input).catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={t('drawTitle')}
      okText={t('drawSubmit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...SUBMIT_TEST_ID, disabled: count === 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={draw.isPending}
      destroyOnHidden
      data-testid="draw-sample-modal"
    >
      {count === 0 ? (
        <Alert type="warning" showIcon title={t('drawEmpty')} style={{ marginBottom: 16 }} />
      ) : (
        <Typography.Paragraph type="secondary" data-testid="draw-population">
          {count === undefined ? '' : t('drawPopulation', { count })}
          {t('drawWeights')}
        </Typography.Paragraph>
      )}
      <Form<DrawValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'onsite', size: 5 }}
        disabled={draw.isPending}
        onFinish={confirm}
      >
        {root && (
          <Form.Item name="regionCode" label={t('drawRegion')} extra={t('drawRegionHint')}>
            <RegionCascader root={root} placeholder={root.name} data-testid="draw-region" />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('drawKind')}>
          <Radio.Group
            options={CHECK_KINDS.map((value) => ({ value, label: CHECK_KIND_NAMES[value][locale] }))}
            data-testid="draw-kind"
          />
        </Form.Item>
        <Form.Item
          name="size"
          label={t('drawSize')}
          rules={[{ required: true, message: t('drawSizeRequired') }]}
        >
          <InputNumber min={1} max={MAX_SIZE} precision={0} style={{ width: 160 }} data-testid="draw-size" />
        </Form.Item>
        <Form.Item
          name="plannedOn"
          label={kind === 'onsite' ? t('drawPlannedOn') : t('drawPlannedOnRemote')}
          rules={[{ required: kind === 'onsite', message: t('drawPlannedOnRequired') }]}
        >
          <DatePicker
            style={{ width: 200 }}
            disabledDate={(date) => date.isBefore(today, 'day')}
            data-testid="draw-planned-on"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

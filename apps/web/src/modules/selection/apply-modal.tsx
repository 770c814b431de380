import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { fenOf } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { myInstitutionQuery } from '../institutions/institutions-api';
import { selectionMessages } from './messages';
import { applyToRound, myTeachersQuery, type Round } from './selection-api';
import { useRoundMutation } from './use-round-mutation';

interface OfferValues {
  siteId: string;
  priceYuan: number;
  planSummary: string;
  teacherIds?: string[];
}

const OK_TEST_ID = { 'data-testid': 'apply-submit' };

/** An institution's offer on an open call: where it trains, at what price per trainee, and how. */
export function ApplyModal({ round, onClose }: { round: Round; onClose: () => void }) {
  const t = useT(selectionMessages);
  const [form] = Form.useForm<OfferValues>();
  const institution = useQuery(myInstitutionQuery);
  const teachers = useQuery(myTeachersQuery);
  const sites = (institution.data?.sites ?? []).filter((site) => !site.retired);
  const apply = useRoundMutation(
    (values: OfferValues) =>
      applyToRound(round.id, {
        siteId: values.siteId,
        teacherIds: values.teacherIds ?? [],
        priceFen: fenOf(values.priceYuan),
        planSummary: values.planSummary.trim(),
      }),
    () => t('submitted', { title: round.projectTitle }),
    { form, onDone: onClose },
  );

  return (
    <Modal
      open
      title={t('applyTitle', { title: round.projectTitle })}
      okText={t('applyOk')}
      cancelText={t('dismiss')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={apply.isPending}
      width={640}
      destroyOnHidden
      data-testid="apply-modal"
    >
      <Form<OfferValues>
        form={form}
        layout="vertical"
        disabled={apply.isPending}
        onFinish={(values) => apply.mutate(values)}
      >
        <Form.Item name="siteId" label={t('site')} rules={[{ required: true, message: t('siteRequired') }]}>
          <Select
            loading={institution.isFetching}
            options={sites.map((site) => ({ value: site.id, label: `${site.name}（${site.address}）` }))}
            data-testid="apply-site"
          />
        </Form.Item>
        <Form.Item
          name="priceYuan"
          label={t('price')}
          rules={[{ required: true, message: t('priceRequired') }]}
        >
          <InputNumber
            min={0}
            max={100000}
            precision={2}
            step={100}
            style={{ width: '100%' }}
            data-testid="apply-price"
          />
        </Form.Item>
        <Form.Item
          name="planSummary"
          label={t('planSummary')}
          rules={[{ required: true, whitespace: true, message: t('planRequired') }]}
        >
          <Input.TextArea
            rows={5}
            maxLength={4000}
            showCount
            placeholder={t('planPlaceholder')}
            data-testid="apply-plan"
          />
        </Form.Item>
        <Form.Item name="teacherIds" label={t('teachers')}>
          <Select
            mode="multiple"
            allowClear
            loading={teachers.isFetching}
            optionFilterProp="label"
            options={(teachers.data?.items ?? []).map((teacher) => ({
              value: teacher.id,
              label: teacher.title ? `${teacher.person.name}（${teacher.title}）` : teacher.person.name,
            }))}
            data-testid="apply-teachers"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { CLAIMABLE_CLASS_STATUSES } from '@qiancheng/domain/claims/claim-lifecycle';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { classesQuery } from '../classes/classes-api';
import { claimableClasses } from './claimable-classes';
import { CLAIMS_QUERY_ROOT, claimQuery, createClaim } from './claims-api';
import { claimMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'claim-create-ok' };

interface CreateValues {
  classId: string;
  note?: string;
}

/**
 * 发起申领: one of the institution's completed classes and a note; the server quotes every
 * trainee and drafts the claim, which then opens.
 */
export function CreateClaimModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(claimMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateValues>();
  const reportError = useApiErrorReporter(form);
  const lists = useQueries({
    queries: CLAIMABLE_CLASS_STATUSES.map((status) => ({
      ...classesQuery({ status, page: 1, pageSize: 200 }),
      enabled: open,
    })),
  });
  const classes = claimableClasses(lists.map((list) => list.data?.items));
  const loading = lists.some((list) => list.isFetching);

  const create = useMutation({
    mutationFn: createClaim,
    onSuccess: (claim) => {
      message.success(t('created', { number: claim.number }));
      queryClient.setQueryData(claimQuery(claim.id).queryKey, claim);
      void queryClient.invalidateQueries({ queryKey: CLAIMS_QUERY_ROOT });
      onClose();
      navigate(`/app/claims/${claim.id}`);
    },
    onError: reportError,
  });

  const submit = (values: CreateValues) =>
    create.mutate({
      classId: values.classId,
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createOk')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      data-testid="claim-create-modal"
    >
      <Typography.Paragraph type="secondary">{t('createHint')}</Typography.Paragraph>
      <Form<CreateValues> form={form} layout="vertical" disabled={create.isPending} onFinish={submit}>
        <Form.Item
          name="classId"
          label={t('createClass')}
          rules={[{ required: true, message: t('createClassRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            placeholder={t('createClassPlaceholder')}
            notFoundContent={loading ? undefined : t('noCompletedClasses')}
            options={classes.map((item) => ({
              value: item.id,
              label: t('classOption', { code: item.code, name: item.name, endDate: item.endDate }),
            }))}
            data-testid="claim-create-class"
          />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={t('notePlaceholder')}
            data-testid="claim-create-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Modal } from 'antd';
import { useId, useState } from 'react';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { DEMAND_QUERY_ROOT, type DemandLine, updateDemand } from './demand-api';
import { demandMessages } from './messages';

/** The enterprise records how many of a line's posts are filled; a full line stops recruiting. */
export function FilledCountAction({ line }: { line: DemandLine }) {
  const t = useT(demandMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // One of these sits on every row: the form exists only while its dialog is open.
  const formId = useId();
  const reportError = useApiErrorReporter();

  const save = useMutation({
    mutationFn: (filledCount: number) => updateDemand(line.id, { filledCount }),
    onSuccess: () => {
      message.success(t('filledSaved'));
      void queryClient.invalidateQueries({ queryKey: DEMAND_QUERY_ROOT });
      setOpen(false);
    },
    onError: reportError,
  });

  return (
    <>
      <Button
        type="link"
        style={{ paddingInline: 0 }}
        onClick={() => setOpen(true)}
        data-testid={`demand-filled-${line.id}`}
      >
        {t('editFilled')}
      </Button>
      <Modal
        open={open}
        title={t('filledTitle')}
        okText={t('declareOk')}
        cancelText={t('cancel')}
        okButtonProps={{ htmlType: 'submit', form: formId }}
        onCancel={() => setOpen(false)}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form
          id={formId}
          name={formId}
          layout="vertical"
          initialValues={{ filledCount: line.filledCount }}
          onFinish={({ filledCount }: { filledCount: number }) => save.mutate(filledCount)}
          disabled={save.isPending}
        >
          <Form.Item
            name="filledCount"
            label={t('filledLabel', { headcount: line.headcount })}
            rules={[{ required: true, message: t('headcountRequired') }]}
          >
            <InputNumber min={0} max={line.headcount} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

import { Button, Empty, Flex, Form, type FormInstance, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/locale-context';
import type { TraineeResults } from './assessment-api';
import { resultsMessages } from './results-messages';
import type { ResultsFormValues } from './use-results-editor';

interface ResultsEditorFormProps<R> {
  /** Names the form, the table and the save button for tests: `completion-table`, … */
  editor: 'completion' | 'evaluation';
  form: FormInstance<ResultsFormValues<R>>;
  submit: (values: ResultsFormValues<R>) => void;
  saving: boolean;
  dirty: boolean;
  /** The day a row begun without a date is given, which the user may still change. */
  defaultDay: string;
  /** Whether a changed row has been begun, and so wants a date. */
  begun: (row: Partial<R>) => boolean;
  intro: ReactNode;
  notice?: ReactNode;
  columns: TableColumnsType<TraineeResults>;
  items: TraineeResults[];
  /** What follows the save button: submitting, issuing certificates. */
  actions: ReactNode;
}

/**
 * The frame of an editable results table: a row per trainee inside one form, the rows begun dated,
 * and save beside the editor's own actions, with a word when there are unsaved changes.
 */
export function ResultsEditorForm<R extends { assessedOn?: string | null }>({
  editor,
  form,
  submit,
  saving,
  dirty,
  defaultDay,
  begun,
  intro,
  notice,
  columns,
  items,
  actions,
}: ResultsEditorFormProps<R>) {
  const t = useT(resultsMessages);
  // Every row has a date: the form is read as one of dated rows, whatever else they hold.
  const dated = form as unknown as FormInstance<ResultsFormValues<{ assessedOn?: string | null }>>;
  return (
    <Form<ResultsFormValues<R>>
      form={form}
      disabled={saving}
      onFinish={submit}
      onValuesChange={(changed: Partial<ResultsFormValues<Partial<R>>>) => {
        for (const [id, row] of Object.entries(changed.rows ?? {})) {
          if (begun(row) && !dated.getFieldValue(['rows', id, 'assessedOn'])) {
            dated.setFieldValue(['rows', id, 'assessedOn'], defaultDay);
          }
        }
      }}
      data-testid={`${editor}-form`}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {intro}
        </Typography.Paragraph>
        {notice}
        <Table<TraineeResults>
          rowKey="enrolmentId"
          size="small"
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('noTrainees')} /> }}
          data-testid={`${editor}-table`}
        />
        <Flex gap={8} justify="end" align="center" wrap>
          {dirty && <Typography.Text type="warning">{t('unsavedChanges')}</Typography.Text>}
          <Button htmlType="submit" loading={saving} disabled={!dirty} data-testid={`${editor}-save`}>
            {t('save')}
          </Button>
          {actions}
        </Flex>
      </Flex>
    </Form>
  );
}

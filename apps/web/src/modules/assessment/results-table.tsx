import { Empty, Table, type TableColumnsType } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { EnrolmentStatusTag } from '../classes/class-tags';
import type { TraineeResults } from './assessment-api';
import { CertificatesCell, ResultCell, TraineeCell } from './result-cells';
import { resultsMessages } from './results-messages';

/** The columns every view of a class's results starts with: who, and whether still in the class. */
export function useTraineeColumns(): TableColumnsType<TraineeResults> {
  const t = useT(resultsMessages);
  return [
    { key: 'trainee', title: t('trainee'), fixed: 'left', render: (_, r) => <TraineeCell trainee={r} /> },
    {
      key: 'status',
      title: t('enrolmentStatus'),
      render: (_, r) => <EnrolmentStatusTag status={r.enrolmentStatus} />,
    },
  ];
}

export function useCertificatesColumn(): TableColumnsType<TraineeResults>[number] {
  const t = useT(resultsMessages);
  return {
    key: 'certificates',
    title: t('certificates'),
    render: (_, r) => <CertificatesCell trainee={r} />,
  };
}

/** Every trainee's completion exam, evaluation and certificates, for reading. */
export function ResultsTable({ items }: { items: TraineeResults[] }) {
  const t = useT(resultsMessages);
  const traineeColumns = useTraineeColumns();
  const certificatesColumn = useCertificatesColumn();
  const columns: TableColumnsType<TraineeResults> = [
    ...traineeColumns,
    {
      key: 'completion',
      title: t('completion'),
      render: (_, r) => <ResultCell result={r.completion} testId={`completion-${r.enrolmentId}`} />,
    },
    {
      key: 'evaluation',
      title: t('evaluation'),
      render: (_, r) => <ResultCell result={r.evaluation} testId={`evaluation-${r.enrolmentId}`} />,
    },
    certificatesColumn,
  ];
  return (
    <Table<TraineeResults>
      rowKey="enrolmentId"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('noTrainees')} /> }}
      data-testid="results-table"
    />
  );
}

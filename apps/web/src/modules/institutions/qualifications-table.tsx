import { Empty, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentDownload } from '../documents/document-download';
import { qualificationKindName } from './code-labels';
import { QualificationStateTag } from './institution-tags';
import type { Qualification } from './institutions-api';
import { institutionMessages } from './messages';

/** An institution's qualification documents with their state today and the scanned file. */
export function QualificationsTable({
  qualifications,
  actions,
}: {
  qualifications: Qualification[];
  actions?: (qualification: Qualification) => ReactNode;
}) {
  const t = useT(institutionMessages);
  const { locale } = useLocale();
  const columns: TableColumnsType<Qualification> = [
    { key: 'kind', title: t('qualificationKind'), render: (_, q) => qualificationKindName(q.kind, locale) },
    { key: 'number', dataIndex: 'number', title: t('qualificationNumber') },
    { key: 'issuer', dataIndex: 'issuer', title: t('issuer') },
    {
      key: 'validity',
      title: t('validity'),
      render: (_, q) =>
        q.validUntil
          ? t('validityRange', { from: q.validFrom, until: q.validUntil })
          : t('validityOpen', { from: q.validFrom }),
    },
    { key: 'state', title: t('state'), render: (_, q) => <QualificationStateTag state={q.state} /> },
    {
      key: 'document',
      title: t('document'),
      render: (_, q) =>
        q.documentId ? (
          <DocumentDownload
            id={q.documentId}
            size="small"
            style={{ paddingInline: 0 }}
            fileName={q.number}
            data-testid={`qualification-document-${q.id}`}
          >
            {t('download')}
          </DocumentDownload>
        ) : (
          <Typography.Text type="secondary">{t('noDocument')}</Typography.Text>
        ),
    },
  ];
  if (actions) columns.push({ key: 'actions', title: t('actions'), render: (_, q) => actions(q) });
  return (
    <Table<Qualification>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={qualifications}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noQualifications')} />,
      }}
      data-testid="qualifications-table"
    />
  );
}

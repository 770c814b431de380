import { UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { ClassStatusTag } from '../classes/class-tags';
import type { ClassItem } from '../classes/classes-api';
import { type AssessmentBody, evaluableClassesQuery } from './assessment-api';
import { ImportEvaluationsModal } from './import-evaluations-modal';
import { assessmentMessages } from './messages';

const NO_FILTERS = [] as const;

function BodyCard({ body }: { body: AssessmentBody | undefined }) {
  const t = useT(assessmentMessages);
  return (
    <Card title={t('body')} loading={!body} size="small">
      {body && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            {
              key: 'name',
              label: t('name'),
              children: <span data-testid="evaluation-body-name">{body.name}</span>,
            },
            { key: 'code', label: t('code'), children: body.code },
            { key: 'site', label: t('siteCode'), children: body.siteCode },
            { key: 'region', label: t('region'), children: body.regionName ?? body.regionCode },
            {
              key: 'occupations',
              label: t('occupations'),
              span: 'filled',
              children: (
                <Flex wrap gap={4}>
                  {body.occupationCodes.map((code) => (
                    <Tag key={code}>{code}</Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/**
 * 技能评价 for an assessment body's accounts: the completed classes of the occupations it evaluates
 * in its region, each opening to its results; and the import of an evaluation system's export.
 */
export function EvaluationPage() {
  const t = useT(assessmentMessages);
  const [search, update] = useUrlSearch(NO_FILTERS);
  const [importing, setImporting] = useState(false);
  const classes = useQuery({ ...evaluableClassesQuery(search), placeholderData: keepPreviousData });

  const columns: TableColumnsType<ClassItem> = [
    {
      key: 'class',
      title: t('className'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link
            to={`/app/evaluation/${c.id}`}
            state={{ evaluated: c }}
            data-testid={`evaluation-class-${c.id}`}
          >
            {c.name}
          </Link>
          <Typography.Text type="secondary">{c.code}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'institution', dataIndex: 'institutionName', title: t('institution') },
    { key: 'occupation', title: t('occupation'), render: (_, c) => c.occupationName ?? c.occupationCode },
    { key: 'region', title: t('region'), render: (_, c) => c.regionName ?? c.regionCode },
    {
      key: 'period',
      title: t('period'),
      render: (_, c) => t('periodValue', { start: c.startDate, end: c.endDate }),
    },
    { key: 'trainees', title: t('trainees'), render: (_, c) => t('traineesValue', { count: c.rosterSize }) },
    { key: 'status', title: t('status'), render: (_, c) => <ClassStatusTag status={c.status} /> },
  ];

  return (
    <>
      <PageTitle
        title={t('evaluationTitle')}
        extra={
          <Button
            icon={<UploadOutlined />}
            onClick={() => setImporting(true)}
            data-testid="import-evaluations"
          >
            {t('importEvaluations')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('evaluationIntro')}
        </Typography.Paragraph>
        {!classes.isError && <BodyCard body={classes.data?.body} />}
        <Card title={t('classes')}>
          <PagedTable
            query={classes}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noClasses')}
            pager="hideOnSinglePage"
            totalText={(total) => t('classesTotal', { total })}
            data-testid="evaluation-classes"
          />
        </Card>
      </Flex>
      <ImportEvaluationsModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

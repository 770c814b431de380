import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Space } from 'antd';
import { useLocation, useParams } from 'react-router';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { useT } from '../../app/i18n/locale-context';
import { ClassStatusTag } from '../classes/class-tags';
import type { ClassItem } from '../classes/classes-api';
import { evaluableClassesQuery } from './assessment-api';
import { ClassResultsTab } from './class-results-tab';
import { assessmentMessages } from './messages';

/** As many evaluable classes as one request gives, to find a class opened from a bookmark. */
const LOOKUP = { page: 1, pageSize: 200 };

/**
 * The class as the evaluation list showed it: handed over by the list's link, or found again in the
 * list (an assessor may not read a class's own page, only the classes its body may evaluate).
 */
function useEvaluableClass(classId: string): ClassItem | undefined {
  const handed = (useLocation().state as { evaluated?: ClassItem } | null)?.evaluated;
  const known = handed?.id === classId ? handed : undefined;
  const list = useQuery({ ...evaluableClassesQuery(LOOKUP), enabled: !known });
  return known ?? list.data?.items.find((item) => item.id === classId);
}

/**
 * An assessor's page of one finished class: what the class was, and its results to record. The
 * class's particulars are a courtesy: when they cannot be found, the results still show.
 */
export function EvaluationClassPage() {
  const t = useT(assessmentMessages);
  const { classId = '' } = useParams<{ classId: string }>();
  const c = useEvaluableClass(classId);

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="evaluation-class-title">{c?.name ?? t('classTitle')}</span>
            {c && <ClassStatusTag status={c.status} />}
          </Space>
        }
        extra={
          <LinkButton icon={<ArrowLeftOutlined />} to="/app/evaluation">
            {t('back')}
          </LinkButton>
        }
      />
      <Flex vertical gap={16}>
        {c && (
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                { key: 'code', label: t('classCode'), children: c.code },
                { key: 'institution', label: t('institution'), children: c.institutionName },
                { key: 'occupation', label: t('occupation'), children: c.occupationName ?? c.occupationCode },
                { key: 'region', label: t('region'), children: c.regionName ?? c.regionCode },
                {
                  key: 'period',
                  label: t('period'),
                  children: t('periodValue', { start: c.startDate, end: c.endDate }),
                },
                {
                  key: 'trainees',
                  label: t('trainees'),
                  children: t('traineesValue', { count: c.rosterSize }),
                },
              ]}
            />
          </Card>
        )}
        <Card>
          <ClassResultsTab classId={classId} classEnd={c?.endDate ?? null} />
        </Card>
      </Flex>
    </>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Empty, Flex, Row, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ItemList } from '../../app/components/item-list';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { ClassStatusTag } from '../classes/class-tags';
import { type ClassDetail, classQuery } from '../classes/classes-api';
import { skillLevelName } from '../reference/code-names';
import { myClassesMessages } from './messages';
import { Timetable } from './timetable';

export interface MyClassPageProps {
  /**
   * The attendance module's worker view of this class (我的考勤), shown below the timetable as the
   * component renders it (it brings its own card). Left out, nothing is shown there.
   */
  renderAttendance?: (classId: string) => ReactNode;
}

/**
 * One of the worker's classes, read-only: what it trains, when and where, who teaches, and each
 * session of its timetable.
 */
export function MyClassPage({ renderAttendance }: MyClassPageProps) {
  const t = useT(myClassesMessages);
  const { id = '' } = useParams<{ id: string }>();
  const detail = useQuery(classQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/my-classes">
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={detail} title={t('title')} back={back}>
      {(c) => <MyClassView detail={c} back={back} renderAttendance={renderAttendance} />}
    </RecordPage>
  );
}

/** The class once read. */
function MyClassView({
  detail: c,
  back,
  renderAttendance,
}: { detail: ClassDetail; back: ReactNode } & MyClassPageProps) {
  const t = useT(myClassesMessages);
  const { locale } = useLocale();
  const teachers = c.teachers.filter((teacher) => !teacher.removed);
  // The slot for the attendance module: the worker's own records of this class.
  const attendance = renderAttendance?.(c.id);

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="my-class-title">{c.name}</span>
            <ClassStatusTag status={c.status} />
          </Space>
        }
        extra={back}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                data-testid="my-class-fields"
                items={[
                  { key: 'project', label: t('project'), children: c.projectTitle },
                  { key: 'institution', label: t('institution'), children: c.institutionName },
                  {
                    key: 'occupation',
                    label: t('occupation'),
                    children: c.occupationName ?? c.occupationCode,
                  },
                  {
                    key: 'level',
                    label: t('skillLevel'),
                    children: c.skillLevel ? skillLevelName(c.skillLevel, locale) : t('anyLevel'),
                  },
                  {
                    key: 'period',
                    label: t('period'),
                    children: t('periodValue', { start: c.startDate, end: c.endDate }),
                  },
                  { key: 'region', label: t('region'), children: c.regionName ?? c.regionCode },
                  {
                    key: 'site',
                    label: t('site'),
                    span: 2,
                    children: c.site ? t('siteValue', { name: c.site.name, address: c.site.address }) : '—',
                  },
                  {
                    key: 'hours',
                    label: t('hours'),
                    span: 2,
                    children: t('hoursValue', { theory: c.hours.theory, practice: c.hours.practice }),
                  },
                ]}
              />
            </Card>
            <Card title={t('timetable')}>
              <Timetable sessions={c.sessions} />
            </Card>
            {attendance && <div data-testid="my-class-attendance">{attendance}</div>}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('teachers')}>
            {teachers.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTeachers')} />
            ) : (
              <ItemList
                testId="my-class-teachers"
                items={teachers.map((teacher) => ({
                  key: teacher.teacherId,
                  content: teacher.name,
                  extra: (
                    <Tag color={teacher.role === 'lead' ? 'blue' : 'default'}>
                      {teacher.role === 'lead' ? t('leadTeacher') : t('assistantTeacher')}
                    </Tag>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}

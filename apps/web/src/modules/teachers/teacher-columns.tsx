import { Badge, Button, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { teacherMessages } from './messages';
import { EMPLOYMENT_STATE_COLORS, employmentStateName, relationName } from './teacher-labels';
import type { Teacher } from './teachers-api';

export function useTeacherColumns(options: {
  onOpen: (teacher: Teacher) => void;
  onEdit: (teacher: Teacher) => void;
}): TableColumnsType<Teacher> {
  const t = useT(teacherMessages);
  const { locale } = useLocale();
  return [
    {
      key: 'name',
      title: t('name'),
      render: (_, teacher) => (
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          onClick={() => options.onOpen(teacher)}
          data-testid={`teacher-open-${teacher.id}`}
        >
          {teacher.person.name}
        </Button>
      ),
    },
    { key: 'idNumber', title: t('idNumber'), render: (_, teacher) => teacher.person.idNumberMasked },
    { key: 'title', title: t('titleColumn'), render: (_, teacher) => teacher.title ?? '—' },
    {
      key: 'occupations',
      title: t('occupations'),
      render: (_, teacher) => (
        <Flex wrap gap={4}>
          {teacher.occupations.map((o) => (
            <Tag key={o.code} color="blue">
              {o.name}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'employment',
      title: t('employment'),
      render: (_, teacher) => (
        <Flex vertical gap={2}>
          {teacher.employments.map((e) => (
            <Typography.Text key={e.institutionId}>
              <Badge status={EMPLOYMENT_STATE_COLORS[e.state]} text={employmentStateName(e.state, locale)} />
              <Typography.Text type="secondary">
                {' '}
                {e.institutionName} · {relationName(e.relation, locale)}
              </Typography.Text>
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      key: 'certificates',
      title: t('certificates'),
      render: (_, teacher) => t('certificateCount', { count: teacher.certificates.length }),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, teacher) => (
        <Flex gap={12}>
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => options.onOpen(teacher)}>
            {t('view')}
          </Button>
          {teacher.editable && (
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() => options.onEdit(teacher)}
              data-testid={`teacher-edit-${teacher.id}`}
            >
              {t('edit')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
}

import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { OccupationSelect } from '../reference/occupation-select';
import { InstitutionSelect } from './institution-select';
import { teacherMessages } from './messages';
import { useTeacherColumns } from './teacher-columns';
import { TeacherDrawer } from './teacher-drawer';
import { TeacherFormModal } from './teacher-form-modal';
import { TEACHER_FILTERS, type Teacher, teachersQuery } from './teachers-api';

/**
 * 师资库: an institution keeps the teachers it employs; staff keep (and auditors read) the teachers
 * of their region, across institutions.
 */
export function TeachersPage() {
  const t = useT(teacherMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'teachers.manage');
  const isInstitution = me.role === 'institution';
  const [search, update] = useUrlSearch(TEACHER_FILTERS);
  const [opened, setOpened] = useState<string | null>(null);
  const [form, setForm] = useState<{ open: boolean; teacher: Teacher | null }>({
    open: false,
    teacher: null,
  });
  const teachers = useQuery({ ...teachersQuery(search), placeholderData: keepPreviousData });
  const filtered = TEACHER_FILTERS.some((key) => search[key]);
  const columns = useTeacherColumns({
    onOpen: (teacher) => setOpened(teacher.id),
    onEdit: (teacher) => setForm({ open: true, teacher }),
  });

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ open: true, teacher: null })}
              data-testid="register-teacher"
            >
              {t('register')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {isInstitution ? t('introInstitution') : t('introStaff')}
        </Typography.Paragraph>
        {!canManage && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Input.Search
              allowClear
              defaultValue={search.q}
              placeholder={t('searchName')}
              onSearch={(q) => update({ q: q.trim() || undefined })}
              style={{ width: 200 }}
              data-testid="teachers-search"
            />
            <OccupationSelect
              value={search.occupation}
              placeholder={t('allOccupations')}
              onChange={(occupation) => update({ occupation })}
              style={{ minWidth: 240 }}
            />
            {!isInstitution && (
              <InstitutionSelect
                value={search.institutionId}
                placeholder={t('allInstitutions')}
                onChange={(institutionId) => update({ institutionId })}
                style={{ minWidth: 240 }}
              />
            )}
            <Select<string>
              allowClear
              placeholder={t('allStates')}
              value={search.employment}
              onChange={(employment) => update({ employment })}
              options={[
                { value: 'current', label: t('current') },
                { value: 'ended', label: t('ended') },
              ]}
              style={{ minWidth: 140 }}
              data-testid="teachers-employment-filter"
            />
          </Flex>
          <PagedTable
            query={teachers}
            paging={search}
            onPage={update}
            columns={columns}
            empty={filtered ? t('noTeachersMatch') : t('noTeachers')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="teachers-table"
          />
        </Card>
      </Flex>
      <TeacherDrawer
        id={opened}
        onClose={() => setOpened(null)}
        onEdit={(teacher) => setForm({ open: true, teacher })}
      />
      {canManage && (
        <TeacherFormModal
          open={form.open}
          teacher={form.teacher}
          chooseInstitution={!isInstitution}
          onClose={() => setForm((current) => ({ ...current, open: false }))}
        />
      )}
    </>
  );
}

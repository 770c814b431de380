import { PlusOutlined } from '@ant-design/icons';
import { can, ROLE_NAMES, ROLES, type Role } from '@qiancheng/domain';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Flex, Input, Select, type TableColumnsType, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { User } from '../../app/api/types';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { CreateUserModal } from './create-user-modal';
import { userMessages } from './messages';
import { UserStatusAction } from './user-status-action';
import { USERS_QUERY_ROOT, type UserSearch, usersQuery } from './users-api';

export function UsersPage() {
  const t = useT(userMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const canManage = can(me.role, 'users.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;

  const [search, setSearch] = useState<UserSearch>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const users = useQuery({ ...usersQuery(search), placeholderData: keepPreviousData });
  const filter = (patch: Partial<UserSearch>) =>
    setSearch((previous) => ({ ...previous, ...patch, page: 1 }));

  const columns: TableColumnsType<User> = [
    { key: 'username', dataIndex: 'username', title: t('username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('displayName') },
    {
      key: 'role',
      dataIndex: 'role',
      title: t('role'),
      render: (role: Role) => <Tag color="blue">{ROLE_NAMES[role][locale]}</Tag>,
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'organization', dataIndex: 'organizationName', title: t('organization') },
    { key: 'mobile', dataIndex: 'mobileMasked', title: t('mobile') },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('createdAt'),
      render: (createdAt: string) => dayjs(createdAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'status',
      title: t('status'),
      render: (_, user) =>
        user.disabled ? (
          <Badge status="default" text={t('disabled')} />
        ) : (
          <Badge status="success" text={t('active')} />
        ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('actions'),
      // Administrators cannot lock themselves out; the server refuses it too.
      render: (_, user) => (user.id === me.id ? null : <UserStatusAction user={user} />),
    });
  }

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="create-user"
            >
              {t('create')}
            </Button>
          )
        }
      />
      {!canManage && <Alert type="info" showIcon title={t('readOnlyNote')} style={{ marginBottom: 16 }} />}
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search
            placeholder={t('searchPlaceholder')}
            allowClear
            enterButton
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            style={{ maxWidth: 320 }}
            data-testid="users-search"
          />
          <Select<Role>
            allowClear
            placeholder={t('allRoles')}
            value={search.role}
            onChange={(role) => filter({ role })}
            options={ROLES.map((value) => ({ value, label: ROLE_NAMES[value][locale] }))}
            style={{ minWidth: 160 }}
            data-testid="users-role-filter"
          />
          <RegionCascader
            root={root}
            placeholder={t('allRegions')}
            onChange={(region) => filter({ region })}
            style={{ minWidth: 240 }}
            data-testid="users-region-filter"
          />
        </Flex>
        <PagedTable
          query={users}
          paging={search}
          onPage={(patch) =>
            setSearch((previous) => ({
              ...previous,
              page: patch.page ?? 1,
              pageSize: patch.pageSize ?? previous.pageSize,
            }))
          }
          columns={columns}
          empty={t('noUsers')}
          pager="sizeChanger"
          totalText={(total) => t('total', { total })}
          data-testid="users-table"
        />
      </Card>
      {canManage && (
        <CreateUserModal
          open={creating}
          root={root}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: USERS_QUERY_ROOT });
          }}
        />
      )}
    </>
  );
}

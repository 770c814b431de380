import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { DeclareWishModal } from './declare-wish-modal';
import { wishMessages } from './messages';
import { useWishColumns } from './wish-columns';
import { type TrainingWish, WISH_FILTERS, wishesQuery } from './wishes-api';
import { WithdrawWishAction } from './withdraw-wish-action';

/** A worker's own wishes: declare what training they want, see and withdraw them. */
export function MyWishesPage() {
  const t = useT(wishMessages);
  const province = useDeploymentRegion();
  const [search, update] = useUrlSearch(WISH_FILTERS);
  const [declaring, setDeclaring] = useState(false);
  const wishes = useQuery({ ...wishesQuery(search), placeholderData: keepPreviousData });
  const columns = useWishColumns({
    showPerson: false,
    actions: (wish: TrainingWish) =>
      wish.status === 'withdrawn' ? null : <WithdrawWishAction wish={wish} />,
  });

  return (
    <>
      <PageTitle
        title={t('mineTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDeclaring(true)}
            data-testid="declare-wish"
          >
            {t('declare')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('mineIntro')}
        </Typography.Paragraph>
        <Card>
          <PagedTable
            query={wishes}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noWishes')}
            totalText={(total) => t('total', { total })}
            data-testid="wishes-table"
          />
        </Card>
      </Flex>
      <DeclareWishModal
        open={declaring}
        forWalkIn={false}
        root={province}
        onClose={() => setDeclaring(false)}
      />
    </>
  );
}

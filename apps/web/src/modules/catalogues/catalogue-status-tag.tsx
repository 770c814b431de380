import { Tag } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import type { CatalogueStatus } from './catalogues-api';
import { catalogueMessages } from './messages';

export function CatalogueStatusTag({ status }: { status: CatalogueStatus }) {
  const t = useT(catalogueMessages);
  return status === 'published' ? (
    <Tag color="green" data-testid="catalogue-status-published">
      {t('statusPublished')}
    </Tag>
  ) : (
    <Tag color="gold" data-testid="catalogue-status-draft">
      {t('statusDraft')}
    </Tag>
  );
}

import { Flex, Grid, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/locale-context';
import { layoutMessages } from './messages';

export function Brand({ to }: { to: string }) {
  const t = useT(layoutMessages);
  // On a phone the header has room for the name only.
  const { sm } = Grid.useBreakpoint();
  return (
    <Link to={to} style={{ color: 'inherit' }}>
      <Flex align="baseline" gap={8} style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {t('product')}
        </Typography.Text>
        {sm && <Typography.Text type="secondary">· {t('slogan')}</Typography.Text>}
      </Flex>
    </Link>
  );
}

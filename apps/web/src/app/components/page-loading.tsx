import { Flex, Spin } from 'antd';
import { useT } from '../i18n/locale-context';
import { commonMessages } from './messages';

/** Centred spinner for a page or panel whose data has not arrived yet. */
export function PageLoading({ minHeight = 240 }: { minHeight?: number }) {
  const t = useT(commonMessages);
  return (
    <Flex align="center" justify="center" style={{ minHeight }}>
      <Spin description={t('loading')} />
    </Flex>
  );
}

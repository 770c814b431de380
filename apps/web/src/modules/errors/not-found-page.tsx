import { Result } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { BackHomeButton } from './back-home-button';
import { errorPageMessages } from './messages';

export function NotFoundPage() {
  const t = useT(errorPageMessages);
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={t('notFoundText')}
      extra={<BackHomeButton />}
      data-testid="not-found-page"
    />
  );
}

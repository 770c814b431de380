import { Result } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { BackHomeButton } from './back-home-button';
import { errorPageMessages } from './messages';

export function ForbiddenPage() {
  const t = useT(errorPageMessages);
  return (
    <Result
      status="403"
      title={t('forbiddenTitle')}
      subTitle={t('forbiddenText')}
      extra={<BackHomeButton />}
      data-testid="forbidden-page"
    />
  );
}

import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { errorPageMessages } from './messages';

/** Signed-in users go back to their workbench, visitors to the portal. */
export function BackHomeButton() {
  const t = useT(errorPageMessages);
  const { user } = useAuth();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate(user ? '/app' : '/')}>
      {user ? t('toWorkbench') : t('toHome')}
    </Button>
  );
}

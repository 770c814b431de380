import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLocale, useT } from '../i18n/locale-context';
import { layoutMessages } from './messages';

/** One click toggles between the two supported locales; the label names the one it switches to. */
export function LocaleSwitch({ compact = false }: { compact?: boolean }) {
  const { locale, setLocale } = useLocale();
  const t = useT(layoutMessages);
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="locale-switch"
      aria-label={t('switchLocaleLabel')}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {compact ? t('switchLocaleShort') : t('switchLocale')}
    </Button>
  );
}

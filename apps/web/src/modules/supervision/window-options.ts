import { useT } from '../../app/i18n/locale-context';
import { supervisionMessages } from './messages';

/** The times to answer offered for a remote check, in minutes, within the server's bounds. */
const WINDOWS = [30, 60, 120, 240, 480, 1440] as const;

export function useWindowOptions() {
  const t = useT(supervisionMessages);
  return WINDOWS.map((minutes) => ({
    value: minutes,
    label: minutes < 60 ? t('withinValue', { minutes }) : t('withinHours', { hours: minutes / 60 }),
  }));
}

import { yuan } from '../../app/format/money';
import type { MessageKey } from '../../app/i18n/messages';
import type { myClassesMessages } from './messages';

type Translate = (key: MessageKey<typeof myClassesMessages>, params?: Record<string, unknown>) => string;

/** A fee in fen as people read it: 免费 when nothing is paid, else yuan with two decimals. */
export function feeText(t: Translate, fen: number): string {
  return fen === 0 ? t('free') : t('feeValue', { yuan: yuan(fen) });
}

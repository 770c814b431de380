import {
  CERTIFICATE_KIND_NAMES,
  type CertificateKind,
} from '@qiancheng/domain/credentials/certificate-kinds';
import { type SkillLevelCode, skillLevel } from '@qiancheng/domain/reference/skill-levels';
import { useCallback } from 'react';
import { useLocale } from '../../app/i18n/locale-context';

/** A certificate's kind, and its occupation with the level when it has one, in the reader's language. */
export function useCertificateNames() {
  const { locale } = useLocale();
  const kindName = useCallback((kind: CertificateKind) => CERTIFICATE_KIND_NAMES[kind][locale], [locale]);
  const levelName = useCallback(
    (level: SkillLevelCode | null) => (level ? skillLevel(level).name[locale] : null),
    [locale],
  );
  const achievement = useCallback(
    (occupationName: string, level: SkillLevelCode | null) =>
      level ? `${occupationName}（${skillLevel(level).name[locale]}）` : occupationName,
    [locale],
  );
  return { kindName, levelName, achievement };
}

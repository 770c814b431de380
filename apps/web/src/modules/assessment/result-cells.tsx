import { RESULT_KIND_NAMES } from '@qiancheng/domain/assessment/results';
import { Flex, Tag, Typography } from 'antd';
import { DownloadButton } from '../../app/components/download-button';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useCertificateNames } from '../credentials/certificate-names';
import { pdfPath } from '../credentials/credentials-api';
import { skillLevelName } from '../reference/code-names';
import type { ResultView, TraineeResults } from './assessment-api';
import { resultsMessages } from './results-messages';

export function PassTag({ passed, testId }: { passed: boolean; testId?: string }) {
  const t = useT(resultsMessages);
  return (
    <Tag color={passed ? 'green' : 'red'} data-testid={testId}>
      {passed ? t('passed') : t('failed')}
    </Tag>
  );
}

export function TraineeCell({ trainee }: { trainee: TraineeResults }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>{trainee.name}</Typography.Text>
      <Typography.Text type="secondary">{trainee.idNumberMasked}</Typography.Text>
    </Flex>
  );
}

/** A recorded result: its kind and level (for an evaluation), score, pass and date. */
export function ResultCell({ result, testId }: { result: ResultView | null; testId?: string }) {
  const t = useT(resultsMessages);
  const { locale } = useLocale();
  if (!result) return <Typography.Text type="secondary">{t('notRecorded')}</Typography.Text>;
  const what =
    result.kind === 'completion'
      ? null
      : [
          RESULT_KIND_NAMES[result.kind][locale],
          result.skillLevel && skillLevelName(result.skillLevel, locale),
        ]
          .filter(Boolean)
          .join(' · ');
  return (
    <Flex vertical gap={2} data-testid={testId}>
      {what && <Typography.Text>{what}</Typography.Text>}
      <Flex gap={8} align="center">
        {result.score !== null && <span>{t('scoreValue', { score: result.score })}</span>}
        <PassTag passed={result.passed} />
      </Flex>
      <Typography.Text type="secondary">{result.assessedOn}</Typography.Text>
      {result.note && <Typography.Text type="secondary">{result.note}</Typography.Text>}
    </Flex>
  );
}

/** A trainee's certificates: the number saves the printable PDF; a revoked one is marked. */
export function CertificatesCell({ trainee }: { trainee: TraineeResults }) {
  const t = useT(resultsMessages);
  const { kindName } = useCertificateNames();
  if (trainee.certificates.length === 0) {
    return <Typography.Text type="secondary">{t('noCertificates')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={2}>
      {trainee.certificates.map((c) => (
        <Flex key={c.id} gap={4} align="center" wrap>
          <Typography.Text type="secondary">{kindName(c.kind)}</Typography.Text>
          <DownloadButton
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            path={pdfPath(c.id)}
            fileName={`${c.number}.pdf`}
            accept="application/pdf"
            title={t('downloadPdf')}
            data-testid={`result-certificate-${c.id}`}
          >
            {c.number}
          </DownloadButton>
          {c.status === 'revoked' && <Tag color="red">{t('certificateRevoked')}</Tag>}
        </Flex>
      ))}
    </Flex>
  );
}

import { can } from '@qiancheng/domain';
import { CLASS_STATUS_NAMES } from '@qiancheng/domain/classes/class-lifecycle';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageLoading } from '../../app/components/page-loading';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { type ClassResults, classResultsQuery } from './assessment-api';
import { CompletionEditor } from './completion-editor';
import { EvaluationEditor } from './evaluation-editor';
import { IssueCertificatesButton } from './issue-certificates-button';
import { resultsMessages } from './results-messages';
import { ResultsTable } from './results-table';

export interface ClassResultsTabProps {
  classId: string;
  /**
   * The class's last day (YYYY-MM-DD), when the page knows it: result dates before it are refused
   * in the browser already. Without it the server still refuses them, beside the row.
   */
  classEnd?: string | null;
}

const FINISHED = new Set(['completed', 'assessed', 'closed']);

/** The institution's view: scores to type while the class is completed, then certificates. */
function InstitutionResults({ results, classEnd }: { results: ClassResults; classEnd: string | null }) {
  const t = useT(resultsMessages);
  const { locale } = useLocale();
  const status = CLASS_STATUS_NAMES[results.classStatus][locale];
  if (results.classStatus === 'completed' && !results.submitted) {
    return <CompletionEditor results={results} classEnd={classEnd} />;
  }
  return (
    <Flex vertical gap={12}>
      {results.submitted ? (
        <Alert
          type="success"
          showIcon
          title={t('completionLocked', { status })}
          action={<IssueCertificatesButton results={results} issuer="institution" />}
          data-testid="completion-locked"
        />
      ) : (
        <Alert type="info" showIcon title={t('completionWaiting', { status })} />
      )}
      <ResultsTable items={results.items} />
    </Flex>
  );
}

/**
 * 考核与证书 of one class: each trainee's completion exam, evaluation and certificates. What may be
 * done follows the reader's role: an institution (classes.file) types and submits completion scores
 * and issues 培训合格证; an assessment body (assessment.evaluate) records evaluations and issues its
 * certificates; staff and auditors read. Mounted as a tab of the class page and on an assessor's
 * class page.
 */
export function ClassResultsTab({ classId, classEnd = null }: ClassResultsTabProps) {
  const t = useT(resultsMessages);
  const me = useCurrentUser();
  const results = useQuery(classResultsQuery(classId));
  if (results.isPending) return <PageLoading />;
  if (results.isError) return <QueryError error={results.error} onRetry={() => results.refetch()} />;
  const data = results.data;

  let body: ReactNode;
  if (can(me.role, 'classes.file')) body = <InstitutionResults results={data} classEnd={classEnd} />;
  else if (can(me.role, 'assessment.evaluate') && FINISHED.has(data.classStatus)) {
    body = <EvaluationEditor results={data} classEnd={classEnd} />;
  } else {
    body = (
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('readOnlyNote')} />
        <ResultsTable items={data.items} />
      </Flex>
    );
  }
  return <div data-testid="class-results">{body}</div>;
}

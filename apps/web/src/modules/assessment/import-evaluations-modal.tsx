import { EVALUATION_COLUMNS } from '@qiancheng/domain/assessment/evaluation-sheet';
import { useQueryClient } from '@tanstack/react-query';
import { columnHeaders } from '../../app/components/xlsx-import/column-headers';
import { XlsxImportModal } from '../../app/components/xlsx-import/xlsx-import-modal';
import { useT } from '../../app/i18n/locale-context';
import { ASSESSMENT_QUERY_ROOT, importEvaluations } from './assessment-api';
import { assessmentMessages } from './messages';

const HEADERS = columnHeaders(EVALUATION_COLUMNS);

/** 导入评价结果: an evaluation system's .xlsx export, all rows or only the valid ones. */
export function ImportEvaluationsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(assessmentMessages);
  const queryClient = useQueryClient();
  return (
    <XlsxImportModal
      open={open}
      onClose={onClose}
      title={t('importTitle')}
      templateStep={t('importStep1')}
      templatePath="/api/v1/assessment/import-template"
      templateFileName={t('templateFile')}
      uploadStep={t('importStep2')}
      headers={HEADERS}
      upload={importEvaluations}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ASSESSMENT_QUERY_ROOT })}
      data-testid="import-evaluations-modal"
    />
  );
}

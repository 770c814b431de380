import { DEMAND_COLUMNS } from '@qiancheng/domain/demand/demand-row';
import { useQueryClient } from '@tanstack/react-query';
import { columnHeaders } from '../../app/components/xlsx-import/column-headers';
import { XlsxImportModal } from '../../app/components/xlsx-import/xlsx-import-modal';
import { useT } from '../../app/i18n/locale-context';
import { DEMAND_QUERY_ROOT, importDemand } from './demand-api';
import { demandMessages } from './messages';

const HEADERS = columnHeaders(DEMAND_COLUMNS);

/** 批量导入用工需求 from the .xlsx template. */
export function ImportDemandModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(demandMessages);
  const queryClient = useQueryClient();
  return (
    <XlsxImportModal
      open={open}
      onClose={onClose}
      title={t('importTitle')}
      templateStep={t('importStep1')}
      templatePath="/api/v1/demand/import-template"
      templateFileName={t('templateFile')}
      uploadStep={t('importStep2')}
      headers={HEADERS}
      upload={importDemand}
      onImported={() => void queryClient.invalidateQueries({ queryKey: DEMAND_QUERY_ROOT })}
      data-testid="import-demand-modal"
    />
  );
}

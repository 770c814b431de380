import { DEMAND_COLUMNS } from '@qiancheng/domain/demand/demand-row';
import { useQueryClient } from '@tanstack/react-query';
import { XlsxImportModal } from '../../app/components/xlsx-import/xlsx-import-modal';
import { useT } from '../../app/i18n/locale-context';
import { DEMAND_QUERY_ROOT, importDemand } from './demand-api';
import { demandMessages } from './messages';

const HEADERS = new Map<string, string>(DEMAND_COLUMNS.map((column) => [column.key, column.header]));

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

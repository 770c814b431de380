import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { XlsxImportModal } from '../../app/components/xlsx-import/xlsx-import-modal';
import { useT } from '../../app/i18n/locale-context';
import { ATTENDANCE_QUERY_ROOT, uploadTerminalRecords } from './attendance-api';
import { attendanceMessages } from './messages';

/**
 * Uploads a terminal's CSV file for the class, with the platform's import dialog: the first try
 * imports all or nothing; when records are refused, each is listed by row, and the institution
 * either fixes the file or imports only the records without problems.
 */
export function UploadRecordsModal({
  classId,
  open,
  onClose,
}: {
  classId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(attendanceMessages);
  const queryClient = useQueryClient();
  const headers = useMemo(
    () =>
      new Map([
        ['terminal', t('columnTerminal')],
        ['person', t('columnPerson')],
        ['time', t('columnTime')],
        ['score', t('columnScore')],
        ['line', t('columnLine')],
      ]),
    [t],
  );
  return (
    <XlsxImportModal
      open={open}
      onClose={onClose}
      title={t('uploadTitle')}
      templateStep={t('uploadStep1')}
      templatePath="/api/v1/attendance/terminal-records/template"
      templateFileName={t('templateFile')}
      uploadStep={t('uploadStep2')}
      headers={headers}
      upload={(file, mode) => uploadTerminalRecords(classId, file, mode)}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ATTENDANCE_QUERY_ROOT })}
      fileKind={{
        accept: '.csv,text/csv',
        extension: '.csv',
        choose: t('chooseFile'),
        wrongKind: t('onlyCsv'),
      }}
      data-testid="upload-records-modal"
    />
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { INSURANCE_COLUMNS } from '@qiancheng/domain/subsidy/insurance-sheet';
import { Button } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api/client';
import { SPREADSHEET_TYPE } from '../../app/api/download';
import { columnHeaders } from '../../app/components/xlsx-import/column-headers';
import {
  type ImportMode,
  type ImportReport,
  XlsxImportModal,
} from '../../app/components/xlsx-import/xlsx-import-modal';
import { useT } from '../../app/i18n/locale-context';
import { defineMessages } from '../../app/i18n/messages';

const HEADERS = columnHeaders(INSURANCE_COLUMNS);

const messages = defineMessages(
  {
    open: '导入参保缴费记录',
    title: '导入参保缴费记录',
    templateFile: '参保缴费记录导入模板.xlsx',
    step1:
      '从社会保险经办机构取得参保缴费记录，按模板填写：姓名、公民身份号码、险种（失业保险/养老保险）、养老保险类型（养老保险须填：企业职工、机关事业单位、城乡居民）、起始年月、截止年月（仍在缴费的不填）。每行是一人一个险种的一段连续缴费。',
    step2:
      '选择文件并上传。文件中出现的人员，其此前导入的缴费记录整体替换为本文件的记录；全部正确才会导入，有问题时会逐行列出。技能提升补贴按这些记录计算参保月数。',
  },
  {
    open: 'Import insurance records',
    title: 'Import insurance records',
    templateFile: 'insurance-template.xlsx',
    step1:
      'Take the contribution records from the social-insurance agency and fill in the template: name, ID number, insurance (unemployment or pension), pension type (for pension: enterprise, public institution or resident), first month, last month (empty while still paying). Each row is one continuous period of one insurance of one person.',
    step2:
      'Choose the file and upload it. Everyone in the file has their earlier imported records replaced by the file’s; nothing is imported unless every row is right, and problems are listed row by row. The skill-upgrade subsidy counts insured months from these records.',
  },
);

export function importInsuranceRecords(file: Blob, mode: ImportMode): Promise<ImportReport> {
  return api.upload<ImportReport>(`/api/v1/subsidies/insurance-records/import?mode=${mode}`, {
    data: file,
    contentType: SPREADSHEET_TYPE,
  });
}

/** 导入参保缴费记录: staff bring in the social-insurance agency's periods the subsidy rules read. */
export function InsuranceImportButton({ onImported }: { onImported?: () => void }) {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="import-insurance">
        {t('open')}
      </Button>
      <XlsxImportModal
        open={open}
        onClose={() => setOpen(false)}
        title={t('title')}
        templateStep={t('step1')}
        templatePath="/api/v1/subsidies/insurance-records/template"
        templateFileName={t('templateFile')}
        uploadStep={t('step2')}
        headers={HEADERS}
        upload={importInsuranceRecords}
        onImported={() => onImported?.()}
        data-testid="import-insurance-modal"
      />
    </>
  );
}

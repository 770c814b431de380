import type { ErrorDefinition } from './catalog';

/** Errors of spreadsheet imports (.xlsx), shared by every module that imports rows. */
export const IMPORT_ERRORS = {
  'import.has_errors': {
    kind: 'invalid',
    'zh-CN': '导入文件有 {count} 处错误，未导入任何数据',
    'en-US': 'The import file has {count} errors; nothing was imported',
  },
  'import.not_xlsx': {
    kind: 'invalid',
    'zh-CN': '上传的文件不是 .xlsx 工作簿；.xls、.csv 等格式请先用表格软件另存为 .xlsx',
    'en-US': 'The file is not an .xlsx workbook; save .xls or .csv files as .xlsx first',
  },
  'import.media_type': {
    kind: 'unsupported_media_type',
    'zh-CN':
      '请直接上传 .xlsx 文件（Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）',
    'en-US':
      'Upload the .xlsx file itself (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
  },
  'import.too_large': {
    kind: 'too_large',
    'zh-CN': '文件过大（上限 {limit}），请拆分后分批导入',
    'en-US': 'The file is too large (limit {limit}); split it and import the parts',
  },
  'import.unpacked_too_large': {
    kind: 'too_large',
    'zh-CN': '文件解压后的数据超过 {limit}，请拆分后分批导入',
    'en-US': 'The file unpacks to more than {limit} of data; split it and import the parts',
  },
  'import.too_many_rows': {
    kind: 'invalid',
    'zh-CN': '数据行超过 {limit} 行的上限，请拆分为多个文件后分批导入',
    'en-US': 'The file has more than {limit} data rows; split it and import the parts',
  },
  'import.no_rows': {
    kind: 'invalid',
    'zh-CN': '文件中没有数据行（第 1 行为表头，数据从第 2 行开始）',
    'en-US': 'The file has no data rows (row 1 is the header; data starts on row 2)',
  },
  'import.bad_columns': {
    kind: 'invalid',
    'zh-CN': '表头与导入模板不一致，请按模板的列填写',
    'en-US': 'The header does not match the import template; use the template columns',
  },
  'import.merged_cells': {
    kind: 'invalid',
    'zh-CN': '数据区域含有合并单元格（{ranges}），请取消合并后重新上传',
    'en-US': 'The data area contains merged cells ({ranges}); unmerge them and upload again',
  },
} as const satisfies Record<string, ErrorDefinition>;

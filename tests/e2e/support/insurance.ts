import ExcelJS from 'exceljs';

/** A social-insurance agency's export in the platform's template, as staff upload it. */
export async function insuranceFile(rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('参保缴费记录');
  sheet.addRow(['姓名', '公民身份号码', '险种', '养老保险类型', '起始年月', '截止年月']);
  for (const row of rows) sheet.addRow(row);
  return {
    name: '参保缴费记录.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

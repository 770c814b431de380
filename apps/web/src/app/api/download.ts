import { type QueryParams, send, withQuery } from './client';
import { fileNameFrom } from './file-name';

const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads a file from the API and hands it to the browser as a save. Fetching (rather than
 * following a link) keeps the language header and turns a refusal into the usual error message
 * instead of a page of JSON.
 */
export async function downloadFile(
  path: string,
  query: QueryParams | undefined,
  fallbackName: string,
  accept = SPREADSHEET,
): Promise<void> {
  const response = await send('GET', withQuery(path, query), undefined, accept);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next turn: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const SPREADSHEET_TYPE = SPREADSHEET;

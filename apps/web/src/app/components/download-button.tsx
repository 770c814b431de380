import { DownloadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import type { QueryParams } from '../api/client';
import { downloadFile } from '../api/download';
import { useApiErrorReporter } from '../forms/use-api-error-reporter';

interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'loading' | 'href'> {
  path: string;
  query?: QueryParams;
  /** Used when the server does not name the file. */
  fileName: string;
  /** The media type asked for; a spreadsheet unless given. */
  accept?: string;
  /** Called once the file was saved: an export that changes a record (a batch sent) refreshes it. */
  onDownloaded?: () => void;
}

/** Fetches a file (a spreadsheet export or template, a printable PDF) from the API and saves it. */
export function DownloadButton({
  path,
  query,
  fileName,
  accept,
  onDownloaded,
  children,
  ...props
}: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const reportError = useApiErrorReporter();
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(path, query, fileName, accept);
      onDownloaded?.();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} {...props} loading={busy} onClick={download}>
      {children}
    </Button>
  );
}

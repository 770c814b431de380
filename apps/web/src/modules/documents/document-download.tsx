import { DownloadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../app/api/download';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { documentContentPath } from './documents-api';
import { documentMessages } from './messages';

interface DocumentDownloadProps extends Omit<ButtonProps, 'onClick' | 'loading' | 'href'> {
  id: string;
  /** Used when the server does not name the file. */
  fileName: string;
}

/** Downloads a stored file through the documents route, which checks who may read it. */
export function DocumentDownload({ id, fileName, children, ...props }: DocumentDownloadProps) {
  const t = useT(documentMessages);
  const reportError = useApiErrorReporter();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(documentContentPath(id), undefined, fileName, '*/*');
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type="link" icon={<DownloadOutlined />} {...props} loading={busy} onClick={download}>
      {children ?? t('download')}
    </Button>
  );
}

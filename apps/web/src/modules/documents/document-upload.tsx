import { UploadOutlined } from '@ant-design/icons';
import { ERROR_CATALOG, formatMessage } from '@qiancheng/domain';
import type { DocumentPurpose } from '@qiancheng/domain/documents/file-types';
import { App, Button, Flex, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { isErrorBody } from '../../app/api/api-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentDownload } from './document-download';
import { documentUploadPath, uploadRule } from './documents-api';
import { documentMessages } from './messages';

interface DocumentUploadProps {
  purpose: DocumentPurpose;
  /** The stored file's id, as the form field keeps it; null or undefined while there is none. */
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Tells the form whether an upload is still running, so it is not submitted half-way. */
  onBusyChange?: (busy: boolean) => void;
  disabled?: boolean;
  'data-testid'?: string;
}

/**
 * A form control that uploads one file to the documents endpoint and holds the stored file's id.
 * The server judges the file by its content; the picker only offers the extensions it accepts.
 */
export function DocumentUpload({
  purpose,
  value,
  onChange,
  onBusyChange,
  disabled,
  ...rest
}: DocumentUploadProps) {
  const t = useT(documentMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const rule = uploadRule(purpose);
  // A file attached before this form opened (an edited record) has no entry in the list.
  const earlier = value && !files.some((file) => file.status === 'done') ? value : null;

  return (
    <Flex vertical gap={4}>
      {earlier && (
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{t('attachedEarlier')}</Typography.Text>
          <DocumentDownload id={earlier} fileName="document" size="small" />
          <Button type="link" size="small" danger disabled={disabled} onClick={() => onChange?.(null)}>
            {t('remove')}
          </Button>
        </Flex>
      )}
      <Upload
        name="file"
        action={documentUploadPath(purpose)}
        withCredentials
        headers={{ accept: 'application/json', 'accept-language': locale }}
        accept={rule.accept}
        maxCount={1}
        disabled={disabled}
        fileList={files}
        beforeUpload={(file) => {
          if (file.size <= rule.maxBytes) return true;
          message.error(
            formatMessage(ERROR_CATALOG['documents.too_large'][locale], { limitMb: rule.limitMb }),
          );
          return Upload.LIST_IGNORE;
        }}
        onChange={({ file, fileList }) => {
          setFiles(fileList);
          onBusyChange?.(fileList.some((f) => f.status === 'uploading'));
          if (file.status === 'done') {
            const id = (file.response as { document?: { id?: string } } | undefined)?.document?.id;
            onChange?.(id ?? null);
          } else if (file.status === 'removed') {
            onChange?.(null);
          } else if (file.status === 'error') {
            const body: unknown = file.response;
            const reason = isErrorBody(body) ? body.error.message : (file.error?.message ?? '');
            message.error(t('uploadFailed', { message: reason }));
            onChange?.(null);
          }
        }}
        data-testid={rest['data-testid']}
      >
        <Button icon={<UploadOutlined />} disabled={disabled}>
          {t('upload')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('uploadHint', { types: rule.types, limitMb: rule.limitMb })}
      </Typography.Text>
    </Flex>
  );
}

import { Flex, Image, Typography } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { documentContentPath } from '../documents/documents-api';
import { supervisionMessages } from './messages';
import type { CheckFile } from './supervision-api';

/** Photos of a check, each opening large; one the reader may not open is only named as such. */
export function CheckPhotos({ files, testId }: { files: CheckFile[]; testId: string }) {
  const t = useT(supervisionMessages);
  return (
    <Image.PreviewGroup>
      <Flex gap={12} wrap data-testid={testId}>
        {files.map((file) =>
          file.fileName === null ? (
            <Typography.Text key={file.id} type="secondary">
              {t('unreadablePhoto')}
            </Typography.Text>
          ) : (
            <Flex key={file.id} vertical gap={4} align="center">
              <Image
                src={documentContentPath(file.id)}
                alt={file.fileName}
                width={160}
                height={120}
                style={{ objectFit: 'cover' }}
                data-testid={`photo-${file.id}`}
              />
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 160, fontSize: 12 }}>
                {file.fileName}
              </Typography.Text>
            </Flex>
          ),
        )}
      </Flex>
    </Image.PreviewGroup>
  );
}

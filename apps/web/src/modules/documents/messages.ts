import { defineMessages } from '../../app/i18n/messages';

export const documentMessages = defineMessages(
  {
    upload: '选择文件上传',
    uploadFailed: '上传失败：{message}',
    uploadHint: '支持 {types}，不超过 {limitMb} MB',
    attached: '已上传：{name}',
    attachedEarlier: '已有附件',
    remove: '移除',
    download: '下载',
  },
  {
    upload: 'Choose a file',
    uploadFailed: 'Upload failed: {message}',
    uploadHint: '{types}, up to {limitMb} MB',
    attached: 'Uploaded: {name}',
    attachedEarlier: 'File attached',
    remove: 'Remove',
    download: 'Download',
  },
);

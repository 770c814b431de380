import { defineMessages } from '../i18n/messages';

export const clientMessages = defineMessages(
  {
    network: '无法连接服务器，请检查网络后重试',
    unexpected: '服务暂时不可用（HTTP {status}），请稍后重试',
  },
  {
    network: 'Cannot reach the server; check your connection and try again',
    unexpected: 'The service is unavailable (HTTP {status}); please try again later',
  },
);

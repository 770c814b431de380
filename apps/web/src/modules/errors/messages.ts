import { defineMessages } from '../../app/i18n/messages';

export const errorPageMessages = defineMessages(
  {
    forbiddenTitle: '无权访问',
    forbiddenText: '当前账号的角色不能打开此页面。如需开通，请联系本区域的系统管理员。',
    notFoundTitle: '页面不存在',
    notFoundText: '您访问的地址不存在，可能已被移动或输入有误。',
    toWorkbench: '返回工作台',
    toHome: '返回首页',
  },
  {
    forbiddenTitle: 'Access denied',
    forbiddenText: 'Your role cannot open this page. Ask the administrator of your region if you need it.',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist; it may have moved or been mistyped.',
    toWorkbench: 'Back to the workbench',
    toHome: 'Back to home',
  },
);

import { defineMessages } from '../i18n/messages';

export const commonMessages = defineMessages(
  {
    loading: '正在加载…',
    loadFailed: '加载失败',
    forbidden: '无权查看',
    notFound: '未找到',
    retry: '重试',
    requestId: '请求编号：{requestId}',
    crashed: '页面出错了',
    crashedHint: '请刷新页面重试；如果问题持续出现，请联系系统管理员。',
    reload: '刷新页面',
    noData: '暂无数据',
  },
  {
    loading: 'Loading…',
    loadFailed: 'Failed to load',
    forbidden: 'Not allowed',
    notFound: 'Not found',
    retry: 'Retry',
    requestId: 'Request ID: {requestId}',
    crashed: 'Something went wrong on this page',
    crashedHint: 'Reload the page to try again; if it keeps happening, contact your administrator.',
    reload: 'Reload',
    noData: 'No data',
  },
);

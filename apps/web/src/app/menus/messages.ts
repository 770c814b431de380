import { defineMessages } from '../i18n/messages';

export const menuMessages = defineMessages(
  {
    dashboard: '工作台',
    'region-overview': '区域概况',
    users: '用户管理',
    reference: '参考数据',
    profile: '个人中心',
    home: '首页',
    login: '登录',
    register: '劳动者注册',
  },
  {
    dashboard: 'Workbench',
    'region-overview': 'Region overview',
    users: 'Users',
    reference: 'Reference data',
    profile: 'My profile',
    home: 'Home',
    login: 'Sign in',
    register: 'Register as a worker',
  },
);

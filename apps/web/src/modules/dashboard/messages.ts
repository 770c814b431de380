import { defineMessages } from '../../app/i18n/messages';

export const dashboardMessages = defineMessages(
  {
    title: '工作台',
    greeting: '{name}，您好',
    duties: '您在培训行动中的工作',
    dutiesNote: '以上业务功能将随各模块建设陆续开放，开放后会出现在左侧菜单中。',
    available: '现在可以使用',
    'region-overview': '查看本区域及下辖区域的账号和人员登记情况',
    users: '查看本区域的用户账号',
    usersManage: '开通、停用本区域的用户账号',
    reference: '行政区划、职业分类、技能等级、重点群体等参考数据',
    profile: '查看账号信息、修改密码',
    open: '进入',
  },
  {
    title: 'Workbench',
    greeting: 'Hello, {name}',
    duties: 'Your work in the training action',
    dutiesNote: 'These functions open as their modules are delivered, and then appear in the side menu.',
    available: 'Available now',
    'region-overview': 'Accounts and registered people in your region and below',
    users: 'View the user accounts of your region',
    usersManage: 'Open and disable user accounts in your region',
    reference: 'Regions, occupations, skill levels, target groups and other reference data',
    profile: 'Your account details and password',
    open: 'Open',
  },
);

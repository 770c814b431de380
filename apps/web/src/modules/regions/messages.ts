import { defineMessages } from '../../app/i18n/messages';

export const regionOverviewMessages = defineMessages(
  {
    title: '区域概况',
    subtitle: '{name}及下辖区域的账号和人员登记情况',
    noRegion: '您的账号没有指定所属区域，无法显示区域概况。请联系系统管理员。',
    users: '用户数',
    people: '登记人员',
    code: '区划代码',
    name: '区域',
    children: '下辖区域',
    noChildren: '该区域没有下级区划',
    total: '合计',
    up: '返回上级',
  },
  {
    title: 'Region overview',
    subtitle: 'Accounts and registered people in {name} and the regions below it',
    noRegion: 'Your account has no region, so there is no overview to show. Contact your administrator.',
    users: 'Users',
    people: 'Registered people',
    code: 'Code',
    name: 'Region',
    children: 'Subregions',
    noChildren: 'This region has no subregions',
    total: 'Total',
    up: 'Up one level',
  },
);

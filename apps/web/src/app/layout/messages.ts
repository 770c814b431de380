import { defineMessages } from '../i18n/messages';

export const layoutMessages = defineMessages(
  {
    product: '前程',
    slogan: '技能照亮前程',
    switchLocale: 'English',
    switchLocaleShort: 'EN',
    switchLocaleLabel: 'Switch to English',
    signOut: '退出',
    signOutFailed: '退出时出错，已在本机结束会话',
    allRegions: '全国',
    footer: '前程 · “技能照亮前程”培训行动信息系统 · 依据人社部发〔2025〕10号 · 开源软件（Apache-2.0）',
    mainNavigation: '主导航',
  },
  {
    product: 'Qiancheng',
    slogan: 'Skills Light Up the Future',
    switchLocale: '中文',
    switchLocaleShort: '中',
    switchLocaleLabel: '切换到中文',
    signOut: 'Sign out',
    signOutFailed: 'Signing out failed on the server; the session was ended on this device',
    allRegions: 'Nationwide',
    footer:
      'Qiancheng · information system of the "Skills Light Up the Future" training action · notice 人社部发〔2025〕10号 · open source (Apache-2.0)',
    mainNavigation: 'Main navigation',
  },
);

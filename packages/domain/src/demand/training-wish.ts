/** 培训意愿: the options a worker chooses from when saying what and when they want to learn. */
export const PREFERRED_TIMES = ['weekday', 'weekend', 'evening', 'full_time', 'any'] as const;
export type PreferredTime = (typeof PREFERRED_TIMES)[number];

export const PREFERRED_TIME_NAMES: Record<PreferredTime, { 'zh-CN': string; 'en-US': string }> = {
  weekday: { 'zh-CN': '工作日白天', 'en-US': 'Weekdays' },
  weekend: { 'zh-CN': '周末', 'en-US': 'Weekends' },
  evening: { 'zh-CN': '晚间', 'en-US': 'Evenings' },
  full_time: { 'zh-CN': '全日制脱产', 'en-US': 'Full-time' },
  any: { 'zh-CN': '均可', 'en-US': 'Any time' },
};

export const WISH_SOURCES = ['self', 'staff'] as const;
export const DEMAND_SOURCES = ['enterprise', 'staff', 'import'] as const;

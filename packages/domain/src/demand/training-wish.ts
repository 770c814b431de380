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

/** How a worker wants to be taught. */
export const TRAINING_MODES = ['offline', 'online', 'mixed'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

export const TRAINING_MODE_NAMES: Record<TrainingMode, { 'zh-CN': string; 'en-US': string }> = {
  offline: { 'zh-CN': '线下', 'en-US': 'In person' },
  online: { 'zh-CN': '线上', 'en-US': 'Online' },
  mixed: { 'zh-CN': '线上线下结合', 'en-US': 'Blended' },
};

export const WISH_STATUSES = ['active', 'withdrawn'] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

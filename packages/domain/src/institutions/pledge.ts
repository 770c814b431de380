/**
 * 诚信承诺书: the text an institution signs before its first class. The version is kept with each
 * signature; a new text gets a new version and must be signed again.
 */
export const PLEDGE_VERSION = '2025-1';

export const PLEDGE_TEXT = [
  '培训机构诚信承诺书',
  '本机构自愿参加“技能照亮前程”培训行动，郑重承诺：',
  '一、如实开展培训，按备案的计划、课时、师资和场地组织教学，如实记录考勤和考核结果，不虚假培训。',
  '二、如实宣传培训项目和补贴政策，不作虚假宣传，不以补贴名义诱导或组织人员参加培训。',
  '三、不转包、不分包承接的培训项目，不将培训任务转给其他机构或个人实施。',
  '四、不虚报培训人数、课时和结果，不冒领、骗取职业培训补贴及其他资金。',
  '五、接受人力资源社会保障、财政等部门的监督检查，如实提供相关资料。',
  '如有违反，自愿接受暂停承接培训项目、列入黑名单、追回补贴资金等处理，并依法承担相应责任。',
].join('\n');

import type { Role } from '@qiancheng/domain';
import type { LocalizedText } from '../../app/i18n/messages';

interface RoleDuties {
  summary: LocalizedText;
  duties: LocalizedText[];
}

/**
 * What each role does in the action (DESIGN §2, notice §三–五). The workbench lists these so a
 * new user knows what the platform will ask of them while the modules are being delivered.
 */
export const ROLE_DUTIES: Record<Role, RoleDuties> = {
  worker: {
    summary: {
      'zh-CN': '以本人实名身份参加职业技能培训，享受培训补贴和就业服务。',
      'en-US': 'Take part in skills training under your real name, with training subsidies and job services.',
    },
    duties: [
      { 'zh-CN': '申报培训意愿', 'en-US': 'Declare what training you want' },
      { 'zh-CN': '查询培训项目和培训信息导航图', 'en-US': 'Search training projects and the training map' },
      { 'zh-CN': '报名参训、上课签到', 'en-US': 'Enrol in classes and check in' },
      { 'zh-CN': '领取和使用职业培训券', 'en-US': 'Receive and use training vouchers' },
      {
        'zh-CN': '查询职业技能等级证书，支持全国联网查验',
        'en-US': 'View certificates, verifiable nationwide',
      },
      { 'zh-CN': '申领失业保险技能提升补贴', 'en-US': 'Apply for the skill-upgrade subsidy' },
      { 'zh-CN': '接收训后就业岗位推送', 'en-US': 'Receive job offers after training' },
    ],
  },
  enterprise: {
    summary: {
      'zh-CN': '申报用工需求，组织职工培训，参与培训费用分担并录用参训人员。',
      'en-US': 'Declare labour demand, train your employees, share training costs and hire trainees.',
    },
    duties: [
      {
        'zh-CN': '申报用工需求：岗位、人数、技能要求和工资',
        'en-US': 'Declare demand: posts, numbers, skills and wages',
      },
      {
        'zh-CN': '开展岗前、转岗、高技能人才和企业新型学徒制培训',
        'en-US': 'Run pre-job, job-change, high-skill and apprenticeship training',
      },
      {
        'zh-CN': '按“政府补一点、企业出一点、个人付一点”分担培训费用',
        'en-US': 'Share training costs with government and trainees',
      },
      {
        'zh-CN': '录用参训人员，提供劳动合同或工资记录',
        'en-US': 'Hire trainees and provide contracts or wage records',
      },
    ],
  },
  institution: {
    summary: {
      'zh-CN': '承担培训项目，按规定开班备案、组织教学、记录考勤和考核结果。',
      'en-US': 'Deliver training projects: file classes, teach, record attendance and results.',
    },
    duties: [
      {
        'zh-CN': '按“条件公开、自愿申请”申报承担培训项目',
        'en-US': 'Apply to deliver published training projects',
      },
      {
        'zh-CN': '开班备案：教学计划、授课师资、教材清单、考核方案、学员名册',
        'en-US': 'File classes: teaching plan, teachers, materials, assessment plan, roster',
      },
      { 'zh-CN': '记录考勤，配合过程监督和抽查', 'en-US': 'Record attendance and support supervision' },
      { 'zh-CN': '组织结业考核，录入考核结果', 'en-US': 'Hold completion exams and record results' },
      {
        'zh-CN': '申领培训补贴，对培训全过程真实性作出承诺',
        'en-US': 'Claim subsidies and pledge that all training records are true',
      },
    ],
  },
  assessor: {
    summary: {
      'zh-CN': '组织职业技能等级评价，录入结果并颁发可查验的证书。',
      'en-US': 'Hold skill-level evaluations, record results and issue verifiable certificates.',
    },
    duties: [
      {
        'zh-CN': '组织职业技能等级评价和专项职业能力考核',
        'en-US': 'Hold skill-level and special-ability evaluations',
      },
      { 'zh-CN': '录入评价结果', 'en-US': 'Record evaluation results' },
      {
        'zh-CN': '颁发证书，支持全国联网查验',
        'en-US': 'Issue certificates that can be verified nationwide',
      },
      { 'zh-CN': '依规撤销证书并说明理由', 'en-US': 'Revoke certificates with a stated reason' },
    ],
  },
  staff: {
    summary: {
      'zh-CN': '负责本区域及下辖区域培训行动的组织实施和经办。',
      'en-US': 'Organise and run the action in your region and the regions below it.',
    },
    duties: [
      { 'zh-CN': '自下而上汇总用工需求和培训意愿', 'en-US': 'Aggregate labour demand and training wishes' },
      {
        'zh-CN': '发布培训项目，纳入职业技能培训需求指导目录',
        'en-US': 'Publish training projects in the training demand catalogue',
      },
      { 'zh-CN': '择优确定培训机构', 'en-US': 'Select training institutions' },
      { 'zh-CN': '审核开班备案和补贴申领', 'en-US': 'Review class filings and subsidy claims' },
      { 'zh-CN': '开展过程监督和抽查', 'en-US': 'Supervise classes and carry out spot checks' },
      {
        'zh-CN': '按区域、群体、领域、职业统计分析',
        'en-US': 'Analyse by region, group, field and occupation',
      },
    ],
  },
  finance: {
    summary: {
      'zh-CN': '负责本区域培训补贴资金的预算、拨付和对账。',
      'en-US': 'Budget, pay and reconcile training subsidy funds for your region.',
    },
    duties: [
      { 'zh-CN': '编制和查看培训资金预算', 'en-US': 'Prepare and review training budgets' },
      { 'zh-CN': '核对并生成补贴支付批次', 'en-US': 'Check and create subsidy payment batches' },
      { 'zh-CN': '支付结果对账，处理支付失败', 'en-US': 'Reconcile payments and handle failed ones' },
      { 'zh-CN': '查看资金使用统计', 'en-US': 'View fund usage statistics' },
    ],
  },
  auditor: {
    summary: {
      'zh-CN': '只读查看本区域全部业务数据，处理风险预警，保障资金安全。',
      'en-US': 'Read everything in your region, handle risk alerts and keep funds safe.',
    },
    duties: [
      { 'zh-CN': '查看本区域全部业务数据（只读）', 'en-US': 'Read all data of your region' },
      {
        'zh-CN': '处理跨地区核验和数据比对产生的风险预警',
        'en-US': 'Handle alerts from cross-region checks and data comparison',
      },
      { 'zh-CN': '查阅不可篡改的审计记录', 'en-US': 'Inspect the tamper-evident audit trail' },
      { 'zh-CN': '跟踪违规补贴资金追回', 'en-US': 'Follow up recovery of misused subsidies' },
    ],
  },
  admin: {
    summary: {
      'zh-CN': '管理本区域的用户账号、政策参数和参考数据。',
      'en-US': 'Manage user accounts, policy settings and reference data for your region.',
    },
    duties: [
      { 'zh-CN': '为企业、培训机构、评价机构和经办人员开通、停用账号', 'en-US': 'Open and disable accounts' },
      { 'zh-CN': '维护补贴政策参数', 'en-US': 'Maintain subsidy policy settings' },
      {
        'zh-CN': '维护行政区划、职业分类等参考数据',
        'en-US': 'Maintain regions, occupations and other reference data',
      },
      { 'zh-CN': '查阅审计记录', 'en-US': 'Inspect the audit trail' },
    ],
  },
};

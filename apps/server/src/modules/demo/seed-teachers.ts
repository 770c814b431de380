import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { PlatformContext } from '../../platform/context';
import type { Services } from '../register';
import type { CreateResourceBody } from '../resources/schemas';
import type { CreateTeacherBody } from '../teachers/schemas';
import { actingAs } from './acting-as';

type DemoTeacher = Omit<CreateTeacherBody, 'person' | 'institutionId'> & {
  name: string;
  birth: string;
  sequence: string;
};

/** The demo institution's teachers, one for each occupation it trains for. */
const DEMO_TEACHERS: DemoTeacher[] = [
  {
    name: '王秀兰',
    birth: '19780512',
    sequence: '062',
    title: '高级讲师',
    introduction: '从事养老护理教学与实训指导十二年，参与编写市级养老护理员培训讲义。',
    certificates: [
      {
        kind: 'skill_level',
        occupationCode: '4-10-01-05',
        skillLevel: 'L2',
        number: 'S000041000000221001',
        issuedOn: '2021-06-18',
        documentId: null,
      },
      {
        kind: 'teacher_qualification',
        occupationCode: null,
        skillLevel: null,
        number: '20154100142000318',
        issuedOn: '2015-07-01',
        documentId: null,
      },
    ],
    occupationCodes: ['4-10-01-05'],
    employment: { relation: 'full_time', since: '2021-09-01', until: null },
  },
  {
    name: '李志强',
    birth: '19830921',
    sequence: '071',
    title: '一级实习指导教师',
    introduction: '原装备制造企业数控车间班组长，擅长车削工艺与安全操作规程教学。',
    certificates: [
      {
        kind: 'skill_level',
        occupationCode: '6-18-01-01',
        skillLevel: 'L2',
        number: 'S000041000000219077',
        issuedOn: '2019-11-30',
        documentId: null,
      },
    ],
    occupationCodes: ['6-18-01-01'],
    employment: { relation: 'part_time', since: '2023-03-01', until: null },
  },
  {
    name: '张慧敏',
    birth: '19900304',
    sequence: '086',
    title: '讲师',
    introduction: '具有早期教育专业背景，负责婴幼儿发展引导员理论课程。',
    certificates: [
      {
        kind: 'skill_level',
        occupationCode: '4-10-01-01',
        skillLevel: 'L3',
        number: 'S000041000000223145',
        issuedOn: '2023-05-20',
        documentId: null,
      },
    ],
    occupationCodes: ['4-10-01-01'],
    employment: { relation: 'contracted', since: '2024-02-20', until: null },
  },
];

/** Shared resources: a bureau's for the city and the province, and the institution's own. */
const DEMO_RESOURCES: { account: string; resource: CreateResourceBody }[] = [
  {
    account: 'demo-staff',
    resource: {
      kind: 'curriculum',
      title: '养老护理员国家职业技能标准',
      occupationCode: '4-10-01-05',
      skillLevel: null,
      description: '人力资源社会保障部、民政部颁布的职业技能标准，各级培训课程依此设置。',
      documentId: null,
      url: 'http://www.osta.org.cn/',
    },
  },
  {
    account: 'demo-staff-city',
    resource: {
      kind: 'textbook',
      title: '养老护理员（五级）培训教材',
      occupationCode: '4-10-01-05',
      skillLevel: 'L5',
      description: '全市养老护理员初级培训统一使用的教材，含生活照料与基础护理。',
      documentId: null,
      url: 'https://www.mohrss.gov.cn/',
    },
  },
  {
    account: 'demo-institution',
    resource: {
      kind: 'courseware',
      title: '车工安全操作规程课件',
      occupationCode: '6-18-01-01',
      skillLevel: 'L4',
      description: '本机构实训车间使用的安全操作课件，供辖区培训机构参考。',
      documentId: null,
      url: 'https://www.mohrss.gov.cn/',
    },
  },
];

/**
 * Teachers of the demo institution and a few shared teaching resources. Does nothing when the
 * demo institution has not been registered.
 */
export async function seedDemoTeachers(_platform: PlatformContext, services: Services): Promise<void> {
  const account = await services.users.findByUsername('demo-institution');
  if (!account?.organizationId) return;
  const institution = await services.institutions.summary(account.organizationId);
  if (!institution) return;
  const context = await actingAs(services, 'demo-institution');
  for (const teacher of DEMO_TEACHERS) {
    const { name, birth, sequence, ...rest } = teacher;
    const first17 = `${institution.regionCode}${birth}${sequence}`;
    await services.teachers.register(context, {
      ...rest,
      person: { name, idNumber: `${first17}${idNumberCheckCharacter(first17)}` },
    });
  }
  for (const { account: username, resource } of DEMO_RESOURCES) {
    await services.resources.create(await actingAs(services, username), resource);
  }
}

import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fromFormValues, locateClassField, splitCheck } from './class-form-values';

describe('class form values', () => {
  it('turns the form into the API plan: dates, times, fen and materials', () => {
    const plan = fromFormValues({
      projectId: 'p',
      siteId: 's',
      name: ' 养老护理员培训班 ',
      dates: [dayjs('2027-01-11'), dayjs('2027-01-15')],
      plannedTrainees: 40,
      feeYuan: 1800.5,
      governmentYuan: 1500.5,
      enterpriseYuan: 200,
      individualYuan: 100,
      teachers: [{ teacherId: 't', role: 'lead' }, {}],
      sessions: [
        {
          day: dayjs('2027-01-11'),
          startTime: dayjs('2027-01-11 08:30'),
          endTime: dayjs('2027-01-11 11:30'),
          hours: 4,
          kind: 'theory',
          teacherId: 't',
          room: ' 201 ',
        },
      ],
      resourceIds: ['r'],
      uploads: [{ documentId: 'd', title: ' 实训手册 ' }, { title: '未上传' }],
      teachingPlan: '计划',
      assessmentPlan: '方案',
    });
    expect(plan).toMatchObject({
      name: '养老护理员培训班',
      startDate: '2027-01-11',
      endDate: '2027-01-15',
      feeFen: 180050,
      governmentFen: 150050,
      teachers: [{ teacherId: 't', role: 'lead' }],
      sessions: [{ day: '2027-01-11', startTime: '08:30', endTime: '11:30', room: '201' }],
      materials: [{ resourceId: 'r' }, { documentId: 'd', title: '实训手册' }],
    });
  });

  it.each([
    ['sessions.3.startTime', ['sessions', 3, 'startTime']],
    ['startDate', ['dates']],
    ['governmentFen', ['governmentYuan']],
    ['teachers.0.teacherId', ['teachers', 0, 'teacherId']],
    ['roster', null],
    ['materials.1.resourceId', null],
  ])('places %s at %o', (field, expected) => {
    expect(locateClassField(field)).toEqual(expected);
  });

  it('checks the split in fen, not in floating 元', () => {
    expect(splitCheck({ feeYuan: 0.3, governmentYuan: 0.1, enterpriseYuan: 0.2, individualYuan: 0 })).toEqual(
      {
        sumYuan: 0.3,
        matches: true,
      },
    );
    expect(splitCheck({ feeYuan: 100, governmentYuan: 99.99 }).matches).toBe(false);
  });
});

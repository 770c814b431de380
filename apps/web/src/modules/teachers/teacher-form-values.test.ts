import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  changeFromForm,
  formFromTeacher,
  newTeacherFromForm,
  type TeacherFormValues,
  teacherFormField,
} from './teacher-form-values';
import type { Teacher } from './teachers-api';

const values: TeacherFormValues = {
  institutionId: 'i-1',
  personName: ' 王丽华 ',
  idNumber: '410105198504124011',
  mobile: ' ',
  title: ' 高级讲师 ',
  introduction: '',
  occupations: [{ code: '4-10-01-05', name: '养老护理员' }],
  certificates: [
    {
      kind: 'skill_level',
      occupationCode: '4-10-01-05',
      skillLevel: 'L2',
      number: ' S001 ',
      issuedOn: dayjs('2020-06-30'),
      documentId: undefined,
    },
  ],
  relation: 'part_time',
  since: dayjs('2023-03-01'),
  until: null,
};

describe('newTeacherFromForm', () => {
  it('trims text, drops empty optional fields and writes dates as days', () => {
    expect(newTeacherFromForm(values, true)).toEqual({
      institutionId: 'i-1',
      person: { name: '王丽华', idNumber: '410105198504124011' },
      title: '高级讲师',
      introduction: null,
      certificates: [
        {
          kind: 'skill_level',
          occupationCode: '4-10-01-05',
          skillLevel: 'L2',
          number: 'S001',
          issuedOn: '2020-06-30',
          documentId: null,
        },
      ],
      occupationCodes: ['4-10-01-05'],
      employment: { relation: 'part_time', since: '2023-03-01', until: null },
    });
  });

  it('leaves the institution out for an institution account', () => {
    expect(newTeacherFromForm(values, false)).not.toHaveProperty('institutionId');
  });
});

describe('formFromTeacher and changeFromForm', () => {
  it('round-trips what the edit form changes', () => {
    const teacher = {
      title: '讲师',
      introduction: null,
      occupations: [{ code: '4-10-01-02', name: '育婴员' }],
      certificates: [
        {
          id: 'c-1',
          kind: 'vocational_qualification',
          occupationCode: '4-10-01-02',
          occupationName: '育婴员',
          skillLevel: null,
          number: 'Y9',
          issuedOn: '2021-03-15',
          documentId: 'd-1',
        },
      ],
    } as unknown as Teacher;
    expect(changeFromForm(formFromTeacher(teacher))).toEqual({
      title: '讲师',
      introduction: null,
      occupationCodes: ['4-10-01-02'],
      certificates: [
        {
          kind: 'vocational_qualification',
          occupationCode: '4-10-01-02',
          skillLevel: null,
          number: 'Y9',
          issuedOn: '2021-03-15',
          documentId: 'd-1',
        },
      ],
    });
  });
});

describe('teacherFormField', () => {
  it.each([
    ['person.idNumber', ['idNumber']],
    ['person.name', ['personName']],
    ['certificates.2.issuedOn', ['certificates', 2, 'issuedOn']],
    ['occupationCodes.1', ['occupations']],
    ['occupationCodes', ['occupations']],
    ['employment.until', ['until']],
    ['institutionId', ['institutionId']],
    ['salary', null],
  ])('%s → %j', (field, expected) => {
    expect(teacherFormField(field)).toEqual(expected);
  });
});

import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { changesIdentity, profilePatch, qualificationFromForm, siteFromForm } from './form-values';

const current = {
  name: '郑州市金水区职业培训学校',
  type: 'private_training_institution',
  regionCode: '410105',
  address: '文化路 1 号',
  legalRepresentative: '王建国',
  contactName: '李晓梅',
  introduction: null,
};

describe('qualificationFromForm', () => {
  const base = { kind: 'school_licence' as const, number: ' 教民001 ', issuer: ' 人社局 ' };

  it('formats dates and trims text', () => {
    expect(
      qualificationFromForm({ ...base, validFrom: dayjs('2024-01-02'), validUntil: dayjs('2029-01-01') }),
    ).toEqual({
      kind: 'school_licence',
      number: '教民001',
      issuer: '人社局',
      validFrom: '2024-01-02',
      validUntil: '2029-01-01',
    });
  });

  it('sends no end date for a document that does not expire, whatever the date field holds', () => {
    const values = {
      ...base,
      validFrom: dayjs('2024-01-02'),
      validUntil: dayjs('2029-01-01'),
      permanent: true,
    };
    expect(qualificationFromForm(values).validUntil).toBeNull();
  });
});

describe('siteFromForm', () => {
  it('sends missing coordinates as null', () => {
    expect(
      siteFromForm({
        name: ' 本部 ',
        address: '文化路 1 号',
        regionCode: '410105',
        capacity: 60,
        equipment: '护理床 8 张 ',
      }),
    ).toEqual({
      name: '本部',
      address: '文化路 1 号',
      regionCode: '410105',
      latitude: null,
      longitude: null,
      capacity: 60,
      equipment: '护理床 8 张',
    });
  });
});

describe('profilePatch', () => {
  it('is empty when nothing changed and no phone was typed', () => {
    expect(profilePatch(current, { ...current, introduction: '  ', contactPhone: '' })).toEqual({});
  });

  it('holds only the changed fields, trimmed, and a newly typed phone', () => {
    expect(
      profilePatch(current, {
        ...current,
        address: ' 文化路 2 号 ',
        introduction: '面向养老护理',
        contactPhone: ' 13900001111 ',
      }),
    ).toEqual({ address: '文化路 2 号', introduction: '面向养老护理', contactPhone: '13900001111' });
  });

  it('sends a cleared introduction as empty', () => {
    expect(profilePatch({ ...current, introduction: '旧简介' }, { ...current, introduction: '' })).toEqual({
      introduction: '',
    });
  });
});

describe('changesIdentity', () => {
  it.each([
    [{ address: 'x', contactName: 'y', contactPhone: 'z', introduction: '' }, false],
    [{ name: 'x' }, true],
    [{ type: 'x' }, true],
    [{ legalRepresentative: 'x' }, true],
    [{ regionCode: '410102' }, true],
  ])('%o → %s', (patch, expected) => {
    expect(changesIdentity(patch)).toBe(expected);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../domain/period.ts';
import { ERAS, registryMinistries } from '../../domain/registry.ts';
import type { Era } from '../../domain/units.ts';
import { loadMessages, translate, type Translate } from '../../i18n/i18n.tsx';
import {
  describeMinistrySet,
  lastPeriodOfSet,
  ministrySetAt,
  ministrySetOfEra,
  ministrySetOf,
  parseAgencyKind,
  previousMinistrySet,
  sameMinistrySet,
  selectMinistryMapping,
  selectSetChangeNote,
  setChangeCrossed,
  successorsOf,
  withAgencyKind,
} from './agencies.ts';

const seventeen = registryMinistries('17');
const twentyTwo = registryMinistries('22');

beforeAll(async () => {
  await loadMessages('en');
});
describe('the agency kind in the URL', () => {
  it('reads ?agencies=ministry, and provinces for anything else', () => {
    expect(parseAgencyKind(new URLSearchParams('agencies=ministry'))).toBe('ministry');
    expect(parseAgencyKind(new URLSearchParams(''))).toBe('province');
    expect(parseAgencyKind(new URLSearchParams('agencies=bo'))).toBe('province');
  });

  it('writes ministries and leaves provinces (the default) out, keeping the other parameters', () => {
    const base = new URLSearchParams('lang=en&indicator=tasks-overdue-rate');
    expect(withAgencyKind(base, 'ministry').toString()).toBe(
      'lang=en&indicator=tasks-overdue-rate&agencies=ministry',
    );
    expect(withAgencyKind(new URLSearchParams('agencies=ministry&lang=en'), 'province').toString()).toBe(
      'lang=en',
    );
  });
});

describe('the ministry set of a period', () => {
  it('is the 22 until 28/02/2025 and the 17 from 01/03/2025, by the registry dates', () => {
    // The registry does not record when the 22 began (long before the data): no made-up start.
    expect(ministrySetAt(ERAS, '2025-02-28')).toEqual({ era: '22', count: 22, to: '2025-02-28' });
    expect(ministrySetAt(ERAS, '2019-06-30')?.era).toBe('22');
    expect(ministrySetAt(ERAS, '2025-03-01')).toEqual({ era: '17', count: 17, from: '2025-03-01' });
    expect(ministrySetOf(ERAS, monthPeriod(2025, 2))?.era).toBe('22');
    expect(ministrySetOf(ERAS, monthPeriod(2025, 3))?.era).toBe('17');
    // A quarter or a year is reported by the set in force on its last day.
    expect(ministrySetOf(ERAS, quarterPeriod(2025, 1))?.era).toBe('17');
    expect(ministrySetOf(ERAS, yearPeriod(2024))?.era).toBe('22');
  });

  it('follows the dates the feed gives, not the ones of this build', () => {
    const later: Era[] = [
      { id: '22', scope: 'ministry', from: '2022-01-01', to: '2025-05-31', count: 22 },
      { id: '17', scope: 'ministry', from: '2025-06-01', count: 17 },
    ];
    expect(ministrySetOf(later, monthPeriod(2025, 4))?.era).toBe('22');
    expect(setChangeCrossed(later, monthPeriod(2025, 6))?.from).toBe('2025-06-01');
  });

  it('clamps a period outside every set to the first or the last set', () => {
    expect(ministrySetOf(ERAS, yearPeriod(2020))?.era).toBe('22');
    expect(ministrySetOf(ERAS, monthPeriod(2030, 1))?.era).toBe('17');
    expect(previousMinistrySet(ERAS, ministrySetOf(ERAS, monthPeriod(2026, 1))!)?.era).toBe('22');
    expect(previousMinistrySet(ERAS, ministrySetOf(ERAS, monthPeriod(2024, 1))!)).toBeNull();
  });

  it("gives a set's last period: the latest for the set in force, February 2025 for the 22", () => {
    expect(ministrySetOfEra(ERAS, '22')?.to).toBe('2025-02-28');
    expect(lastPeriodOfSet(ERAS, monthPeriod(2026, 10), '17')).toEqual(monthPeriod(2026, 10));
    expect(lastPeriodOfSet(ERAS, monthPeriod(2026, 10), '22')).toEqual(monthPeriod(2025, 2));
    expect(lastPeriodOfSet(ERAS, quarterPeriod(2026, 3), '22')).toEqual(quarterPeriod(2024, 4));
  });

  it('says when a comparison crosses the change: against last year or the previous period', () => {
    expect(setChangeCrossed(ERAS, monthPeriod(2024, 10))).toBeNull();
    expect(setChangeCrossed(ERAS, monthPeriod(2025, 3))?.era).toBe('17'); // against Feb 2025 and Mar 2024
    expect(setChangeCrossed(ERAS, monthPeriod(2026, 2))?.era).toBe('17'); // against Feb 2025
    expect(setChangeCrossed(ERAS, monthPeriod(2026, 3))).toBeNull();
    expect(sameMinistrySet(ERAS, monthPeriod(2025, 2), monthPeriod(2025, 3))).toBe(false);
    expect(sameMinistrySet(ERAS, monthPeriod(2025, 3), monthPeriod(2025, 4))).toBe(true);
  });
});

describe('how the former bodies map to the new ones', () => {
  const mapping = selectMinistryMapping(seventeen, twentyTwo, 'vi');

  it('lists each body of the 17 that took over others, with the bodies it took over', () => {
    expect(mapping.map((m) => [m.short, m.formers.map((f) => f.short)])).toEqual([
      ['Bộ NV', ['Bộ NV', 'Bộ LĐ-TB&XH']],
      ['Bộ TC', ['Bộ TC', 'Bộ KH&ĐT']],
      ['Bộ NN&MT', ['Bộ NN&PTNT', 'Bộ TN&MT']],
      ['Bộ XD', ['Bộ XD', 'Bộ GTVT']],
      ['Bộ KH&CN', ['Bộ KH&CN', 'Bộ TT&TT']],
      ['Bộ DT&TG', ['UBDT']],
    ]);
    // Bodies that simply continued (Bộ Quốc phòng, Ngân hàng Nhà nước…) need no line.
    expect(mapping.some((m) => m.code === 'QP' || m.code === 'NHNN')).toBe(false);
  });

  it('names a former code the former set lacks by its code, never drops it', () => {
    const [finance] = seventeen.filter((m) => m.code === 'TC');
    const lineage = selectMinistryMapping([{ ...finance!, formerCodes: ['TC', 'XX'] }], twentyTwo, 'en');
    expect(lineage[0]?.formers.map((f) => f.name)).toEqual(['Ministry of Finance', 'XX']);
  });

  it('finds the body a former one became part of', () => {
    expect(successorsOf('KHDT', seventeen).map((m) => m.code)).toEqual(['TC']);
    expect(successorsOf('UBDT', seventeen).map((m) => m.code)).toEqual(['DTTG']);
  });

  it('writes the note in Vietnamese and English', () => {
    const set = ministrySetOf(ERAS, monthPeriod(2025, 3))!;
    const previous = previousMinistrySet(ERAS, set)!;
    const noteVi = selectSetChangeNote({
      set,
      previous,
      mapping,
      t: (key, params) => translate('vi', key, params),
      locale: 'vi',
    });
    expect(noteVi.intro).toBe(
      'Từ 01/03/2025, 22 bộ, cơ quan ngang bộ được sắp xếp lại thành 17. So sánh với các kỳ trước đó theo cơ quan tiếp nhận:',
    );
    expect(noteVi.items[1]).toBe('Bộ Tài chính: từ Bộ Tài chính, Bộ Kế hoạch và Đầu tư');
    const noteEn = selectSetChangeNote({
      set,
      previous,
      mapping: selectMinistryMapping(seventeen, twentyTwo, 'en'),
      t: (key, params) => translate('en', key, params),
      locale: 'en',
    });
    expect(noteEn.intro).toBe(
      'On 1 Mar 2025 the 22 ministries and ministry-level agencies were reorganised into 17. Comparisons with earlier periods follow the bodies that took over:',
    );
    expect(noteEn.items[5]).toBe(
      'Ministry of Ethnic Minorities and Religions: from Committee for Ethnic Minority Affairs',
    );
  });
});

describe('the set under the switch', () => {
  const t: Translate = (key, params) => translate('vi', key, params);
  it('gives the dates the feed records and no more', () => {
    const [twentyTwoSet, seventeenSet] = [ministrySetOfEra(ERAS, '22'), ministrySetOfEra(ERAS, '17')];
    if (!twentyTwoSet || !seventeenSet) throw new Error('both sets are in the registry');
    expect(describeMinistrySet(twentyTwoSet, t, 'vi')).toBe('22 bộ, cơ quan ngang bộ (đến 28/02/2025)');
    expect(describeMinistrySet(seventeenSet, t, 'vi')).toBe('17 bộ, cơ quan ngang bộ (từ 01/03/2025)');
  });
});

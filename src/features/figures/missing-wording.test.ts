import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18n.tsx';
import { missingKey } from './missing-wording.ts';

describe('missingKey', () => {
  it('says a merged unit cannot be compared, before any reason', () => {
    expect(translate('vi', missingKey({ state: 'not-comparable', missingReason: 'late' }))).toBe(
      'Không so sánh được',
    );
  });

  it("gives the feed's reason, else no data, else the caller's word", () => {
    expect(translate('vi', missingKey({ state: 'missing', missingReason: 'late' }))).toBe('Chậm gửi báo cáo');
    expect(translate('vi', missingKey({ missingReason: 'not-reported' }))).toBe('Không báo cáo');
    expect(translate('vi', missingKey({ state: 'missing' }))).toBe('Chưa có số liệu');
    expect(translate('vi', missingKey({ state: 'value' }, 'status.official'))).toBe('Chính thức');
  });
});

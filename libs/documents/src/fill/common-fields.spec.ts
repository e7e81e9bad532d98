// The header lines, symbol and date line of a Party document (Hướng dẫn 36-HD/VPTW), derived from the units.
import { bodyAbbreviation, bodyHeader, documentDateLine, locality, placeOf } from './common-fields';

describe('the date line', () => {
  it.each([
    ['2026-03-09', 'ngày 09 tháng 3 năm 2026'],
    ['2026-03-10', 'ngày 10 tháng 3 năm 2026'],
    ['2026-02-28', 'ngày 28 tháng 02 năm 2026'],
    ['2026-01-01', 'ngày 01 tháng 01 năm 2026'],
    ['2026-12-31', 'ngày 31 tháng 12 năm 2026'],
  ])('%s → %s (a day below 10 and a month below 3 take a leading zero)', (iso, line) => {
    expect(documentDateLine(iso)).toBe(line);
  });
});

describe('the issuing body', () => {
  it('a ward under the city: the city’s Party organisation above, the ward’s committee in full', () => {
    expect(bodyHeader('Đảng ủy phường Bến Thành', 'Thành ủy Thành phố Hồ Chí Minh')).toEqual({
      upper: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', issuing: 'ĐẢNG ỦY PHƯỜNG BẾN THÀNH', abbreviation: 'ĐU',
    });
  });

  it('the top committee: its own Party organisation above, the committee’s name alone', () => {
    expect(bodyHeader('Thành ủy Thành phố Hồ Chí Minh', null)).toEqual({ upper: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', issuing: 'THÀNH ỦY', abbreviation: 'TU' });
    expect(bodyHeader('Tỉnh ủy Quảng Ninh', null)).toEqual({ upper: 'ĐẢNG BỘ TỈNH QUẢNG NINH', issuing: 'TỈNH ỦY', abbreviation: 'TU' });
  });

  it('a cell under a ward', () => {
    expect(bodyHeader('Chi bộ Khu phố 3', 'Đảng ủy phường Bến Thành')).toEqual({ upper: 'ĐẢNG BỘ PHƯỜNG BẾN THÀNH', issuing: 'CHI BỘ KHU PHỐ 3', abbreviation: 'CB' });
  });

  it('a body named otherwise is abbreviated by its initials', () => {
    expect(bodyAbbreviation('Ban Tổ chức')).toBe('BTC');
    expect(locality('Ban Tổ chức')).toBe('Ban Tổ chức');
  });

  it('the place: the top committee’s locality, "Thành phố" shortened; none when the name has no locality', () => {
    const unit = (name: string) => ({ id: 'x', name, level: 'PROVINCIAL', code: 'X' });
    expect(placeOf(unit('Thành ủy Thành phố Hồ Chí Minh'))).toBe('TP. Hồ Chí Minh');
    expect(placeOf(unit('Tỉnh ủy Quảng Ninh'))).toBe('Quảng Ninh');
    expect(placeOf(unit('Thành ủy'))).toBeUndefined();
    expect(bodyHeader('Thành ủy Hà Nội', null).upper).toBe('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
  });
});

import { describe, expect, it } from 'vitest';
import { readableDate, toIsoDate } from '../lib/iso-date.ts';

describe('readableDate: the date as the reader shows it', () => {
  it('writes the calendar day of a date, a date-time and a date-time with an offset, in UTC', () => {
    expect(readableDate('2025-04-07')).toBe('April 7, 2025');
    expect(readableDate('2025-04-07T15:34:00')).toBe('April 7, 2025');
    expect(readableDate('2025-04-07T15:34:00.000Z')).toBe('April 7, 2025');
    // 01:30 at +05:00 is 20:30 UTC the day before
    expect(readableDate('2025-04-07T01:30:00+05:00')).toBe('April 6, 2025');
    expect(readableDate('1999-12-31')).toBe('December 31, 1999');
  });

  it('gives back what is no date, and nothing for nothing', () => {
    expect(readableDate('last Tuesday')).toBe('last Tuesday');
    expect(readableDate(null)).toBeNull();
    expect(readableDate('')).toBeNull();
  });

  it("writes what toLocaleDateString('en', UTC) writes, on a day of every month for 200 years", () => {
    const intl = (iso: string) => new Date(`${iso}Z`).toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let year = 1900; year < 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(((year + month) % 28) + 1).padStart(2, '0')}T12:00:00`;
        expect(readableDate(iso), iso).toBe(intl(iso));
      }
    }
  });

  it('reads the dates toIsoDate writes', () => {
    expect(readableDate(toIsoDate('November 12, 2025'))).toBe('November 12, 2025');
    expect(readableDate(toIsoDate('2025-11-12T23:59:00-02:00'))).toBe('November 13, 2025');
  });
});

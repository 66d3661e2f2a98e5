import { RuleViolation } from '../rule-violation.js';
import { courtDeadlines } from './court-deadlines.js';

describe('courtDeadlines (ZPO 692, 699, 701, 700; BGB 187-188; ZPO 222)', () => {
  it('served Monday 2025-03-03: objection by Monday 2025-03-17, enforcement order from 03-18 and by 2025-09-03', () => {
    const d = courtDeadlines({ orderServedOn: '2025-03-03' });
    expect(d.objection).toEqual({
      date: '2025-03-17',
      nominalDate: '2025-03-17',
      statute: 'ZPO 692(1) no. 3',
      explanation:
        'Objection (Widerspruch) to the court dunning order: 2 weeks from 2025-03-03 (ZPO 692(1) no. 3), ends 2025-03-17 (BGB 187(1), 188(2) with ZPO 222(1))',
    });
    expect(d.enforcementApplicationFrom.date).toBe('2025-03-18');
    expect(d.enforcementApplication.date).toBe('2025-09-03'); // Wednesday
    expect(d.enforcementApplication.statute).toBe('ZPO 701');
    expect(d.enforcementObjection).toBeNull();
    expect([d.objectionDeadline, d.enforcementApplicationDeadline, d.enforcementObjectionDeadline]).toEqual(['2025-03-17', '2025-09-03', null]);
  });

  it.each([
    // 2 weeks ending on Good Friday 2025-04-18 -> Tuesday 2025-04-22 (Easter Monday in between)
    ['2025-04-04', '2025-04-18', '2025-04-22'],
    // 6 months from 2025-02-22 end on Friday 2025-08-22; 2 weeks end Saturday 2025-03-08 -> Monday 03-10
    ['2025-02-22', '2025-03-08', '2025-03-10'],
  ])('served %s: objection nominally %s, moved to %s (ZPO 222(2))', (served, nominal, actual) => {
    const d = courtDeadlines({ orderServedOn: served });
    expect(d.objection.nominalDate).toBe(nominal);
    expect(d.objection.date).toBe(actual);
    expect(d.objection.explanation).toContain(`so the period ends on ${actual} (ZPO 222(2))`);
    expect(d.enforcementApplicationFrom.date).toBe(actual === '2025-04-22' ? '2025-04-23' : '2025-03-11');
  });

  it.each([
    ['2025-08-31', '2026-02-28', '2026-03-02'], // BGB 188(3): no 31 February; Saturday -> Monday
    ['2024-08-29', '2025-02-28', '2025-02-28'], // Friday
    ['2025-06-28', '2025-12-28', '2025-12-29'], // Sunday -> Monday
  ])('served %s: 6 months end %s, applied by %s (ZPO 701)', (served, nominal, actual) => {
    const d = courtDeadlines({ orderServedOn: served });
    expect(d.enforcementApplication.nominalDate).toBe(nominal);
    expect(d.enforcementApplication.date).toBe(actual);
  });

  it('objection to the enforcement order: 2 weeks from its service (ZPO 700(1), 339(1))', () => {
    const d = courtDeadlines({ orderServedOn: '2025-03-03', enforcementOrderServedOn: '2025-04-02' });
    expect(d.enforcementObjection?.date).toBe('2025-04-16');
    expect(d.enforcementObjection?.statute).toBe('ZPO 700(1), 339(1)');
    expect(d.enforcementObjectionDeadline).toBe('2025-04-16');
  });

  it('honours a holiday at the court seat passed in', () => {
    // 2025-01-06 (Epiphany) is a holiday in Bavaria only
    expect(courtDeadlines({ orderServedOn: '2024-12-23' }).objection.date).toBe('2025-01-06');
    expect(courtDeadlines({ orderServedOn: '2024-12-23', extraHolidays: ['2025-01-06'] }).objection.date).toBe('2025-01-07');
  });

  it('skips the holidays of the central dunning court\'s Land (ZPO 222(2), 689(3))', () => {
    // 2 weeks from 2025-10-17 end on Friday 2025-10-31: Reformation Day in Lower Saxony (Uelzen)
    // and Saxony-Anhalt (Aschersleben), a working day in North Rhine-Westphalia (Hagen).
    expect(courtDeadlines({ orderServedOn: '2025-10-17', court: 'HAGEN' }).objection.date).toBe('2025-10-31');
    const uelzen = courtDeadlines({ orderServedOn: '2025-10-17', court: 'UELZEN' }).objection;
    expect(uelzen.date).toBe('2025-11-03');
    expect(uelzen.explanation).toContain('holiday at the seat of Amtsgericht Uelzen (Niedersachsen), so the period ends on 2025-11-03 (ZPO 222(2))');
    // Epiphany: Bavaria (Coburg) and Baden-Württemberg (Stuttgart), not Berlin (Wedding)
    expect(courtDeadlines({ orderServedOn: '2024-12-23', court: 'COBURG' }).objection.date).toBe('2025-01-07');
    expect(courtDeadlines({ orderServedOn: '2024-12-23', court: 'STUTTGART' }).objection.date).toBe('2025-01-07');
    expect(courtDeadlines({ orderServedOn: '2024-12-23', court: 'WEDDING' }).objection.date).toBe('2025-01-06');
    // Berlin: International Women's Day, Saturday 2025-03-08 anyway; 2026-03-08 is a Sunday; 2027-03-08 a Monday
    expect(courtDeadlines({ orderServedOn: '2027-02-22', court: 'WEDDING' }).objection.date).toBe('2027-03-09');
    expect(courtDeadlines({ orderServedOn: '2027-02-22', court: 'COBURG' }).objection.date).toBe('2027-03-08');
  });

  it.each([
    [{ orderServedOn: '2025-03-03', court: 'MUENCHEN' as never }, 'court'],
    [{ orderServedOn: '03.03.2025' }, 'orderServedOn'],
    [{ orderServedOn: '2025-03-03', enforcementOrderServedOn: '2025-03-01' }, 'enforcementOrderServedOn'],
  ])('rejects %p', (input, field) => {
    expect(() => courtDeadlines(input)).toThrow(RuleViolation);
    try {
      courtDeadlines(input);
    } catch (e) {
      expect((e as RuleViolation).field).toBe(field);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { callWindow } from './request-window';

describe('call window', () => {
  it('turns a day and two wall-clock times into instants', () => {
    expect(callWindow('2027-01-15', '09:00', '11:30', () => 60)).toEqual({ from: '2027-01-15T08:00:00.000Z', to: '2027-01-15T10:30:00.000Z' });
  });

  it('needs a complete window that ends after it starts', () => {
    expect(callWindow('2027-01-15', '11:00', '09:00', () => 0)).toBeNull();
    expect(callWindow('2027-01-15', '09:00', '09:00', () => 0)).toBeNull();
    expect(callWindow('', '09:00', '10:00')).toBeNull();
    expect(callWindow('2027-01-15', '9', '10:00')).toBeNull();
  });
});

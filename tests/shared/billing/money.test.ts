import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, formatMinutes, formatMoney, lineAmount, minorToDecimal, parseMoney, taxOf, toMinorUnits } from '../../../shared/billing/money';

/** Half away from zero, exactly, with BigInt: the reference the fast path must match. */
function reference(n: number, d: number): number {
  const N = BigInt(Math.abs(n));
  const D = BigInt(d);
  const q = N / D;
  const r = N - q * D;
  const up = r * 2n >= D ? q + 1n : q;
  return (n < 0 ? -1 : 1) * Number(up) || 0;
}

describe('money in minor units', () => {
  it('rounds half away from zero, exactly, at the half', () => {
    expect(divideRounded(5, 10)).toBe(1);
    expect(divideRounded(4, 10)).toBe(0);
    expect(divideRounded(-5, 10)).toBe(-1);
    expect(divideRounded(-4, 10)).toBe(0);
    expect(Object.is(divideRounded(-4, 10), -0)).toBe(false);
    expect(divideRounded(15, 6)).toBe(3); // 2.5 → 3
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });

  it('matches exact rational rounding for any integers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        expect(divideRounded(n, d)).toBe(reference(n, d));
      }),
    );
  });

  it('never loses or invents more than half a minor unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 10_000 }), (n, d) => {
        const q = divideRounded(n, d);
        expect(Math.abs(q * d - n) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });

  it('taxes a line: 20 % of £112.50 is £22.50, of 3p is 1p, of a credit is a negative tax', () => {
    expect(taxOf(11250, 2000)).toBe(2250);
    expect(taxOf(3, 2000)).toBe(1); // 0.6 → 1
    expect(taxOf(2, 2000)).toBe(0); // 0.4 → 0
    expect(taxOf(-11250, 2000)).toBe(-2250);
    expect(taxOf(12345, 0)).toBe(0);
  });

  it('tax of a credit is exactly minus the tax of the original (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 10_000 }), (net, bps) => {
        expect(taxOf(-net, bps) + taxOf(net, bps)).toBe(0);
      }),
    );
  });

  it('prices fractional quantities to the nearest minor unit', () => {
    expect(lineAmount(2, 1999)).toBe(3998);
    expect(lineAmount(1.5, 333)).toBe(500); // 499.5 → 500
    expect(lineAmount(0.25, 1000)).toBe(250);
  });

  it('converts and prints amounts without floating-point drift', () => {
    expect(toMinorUnits(95.5)).toBe(9550);
    expect(toMinorUnits(1.005)).toBe(101);
    expect(toMinorUnits(0.1 + 0.2)).toBe(30);
    expect(minorToDecimal(123450)).toBe('1234.50');
    expect(minorToDecimal(-5)).toBe('-0.05');
    expect(minorToDecimal(1234, 0)).toBe('1234');
    expect(formatMoney(123450, 'GBP')).toBe('£1,234.50');
    expect(formatMoney(-1200, 'EUR')).toBe('-€12.00');
    expect(formatMinutes(750)).toBe('12 h 30 min');
    expect(formatMinutes(-75)).toBe('-1 h 15 min');
    expect(formatMinutes(45)).toBe('45 min');
  });

  it('reads typed amounts and refuses anything it would have to guess', () => {
    expect(parseMoney('95')).toBe(9500);
    expect(parseMoney(' 95.5 ')).toBe(9550);
    expect(parseMoney('95,50')).toBe(9550);
    expect(parseMoney('0.05')).toBe(5);
    expect(parseMoney('1,250.00')).toBeNull();
    expect(parseMoney('9.999')).toBeNull();
    expect(parseMoney('abc')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });

  it('round-trips every amount through its decimal text (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (minor) => {
        expect(parseMoney(minorToDecimal(minor))).toBe(minor);
      }),
    );
  });
});

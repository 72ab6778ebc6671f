import { describe, expect, it } from 'vitest';
import { emblemLetters } from '../../../src/core/challenges/match/emblem-letters';

describe('the letters on an actor emblem', () => {
  it.each([
    ['CSTO (Collective Security Treaty Organization)', 'CST', 'CSTO'],
    ['ОДКБ (Организация Договора о коллективной безопасности)', 'CST', 'ОДКБ'],
    ['OTSC (Organisation du traité de sécurité collective)', 'CST', 'OTSC'],
    ['NATO', 'NAT', 'NATO'],
    ['НАТО', 'NAT', 'НАТО'],
    ['ОБСЕ', 'OSC', 'ОБСЕ'],
    ['National Security Committee (KNB)', 'KNB', 'KNB'],
    ['Комитет национальной безопасности (КНБ)', 'KNB', 'КНБ'],
  ])('shows the whole abbreviation of "%s" in its own language', (name, initials, letters) => {
    expect(emblemLetters(name, initials)).toBe(letters);
  });

  it('keeps the level initials in the same script, and writes a Russian name with its own', () => {
    expect(emblemLetters('Kassym-Jomart Tokayev', 'KT')).toBe('KT');
    expect(emblemLetters('Касым-Жомарт Токаев', 'KT')).toBe('КТ');
    expect(emblemLetters('«Нур Отан»', 'NO')).toBe('НО');
    expect(emblemLetters('Nour-Otan', 'NO')).toBe('NO');
  });

  it('never reads a capitalised word or a single letter as an abbreviation', () => {
    expect(emblemLetters('Joe Biden', 'JB')).toBe('JB');
    expect(emblemLetters('A Person', undefined)).toBe('AP');
  });
});

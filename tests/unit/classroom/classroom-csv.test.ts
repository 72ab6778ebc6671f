import { describe, expect, it } from 'vitest';
import { classScores, itemAnalysis } from '../../../src/core/classroom/class-results';
import type { Translator } from '../../../src/core/ports/translator';
import { classroomCsv } from '../../../src/game/classroom/classroom-csv';
import { sessionConfusions } from '../../../src/game/classroom/session-confusions';
import { LEVELS, newSession, playThrough } from './classroom-fixtures';

/** Keys come back as they are, so the test reads what the file holds, not a translation. */
const keys: Translator = { language: 'en', t: (key) => key.replace(/^[a-z]+:/, ''), exists: () => true };

describe('the results as CSV', () => {
  it('holds every participant’s total, then the item analysis, hardest first, with a byte order mark', () => {
    const session = playThrough(newSession(['Zoé', 'Émile']), (name, step) => name === 'Zoé' || step === 1);
    const csv = classroomCsv(
      keys,
      session,
      LEVELS,
      classScores(session, LEVELS),
      itemAnalysis(session, LEVELS),
      sessionConfusions(session, LEVELS),
    );
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF"csv.class","4e B"')).toBe(true);
    expect(lines).toContain(
      '"table.rank","table.participant","csv.members","sample.title","table.total","csv.maximum","csv.accuracy"',
    );
    expect(lines).toContain('"1","Zoé","","400","400","400","100"');
    expect(lines).toContain('"2","Émile","","200","200","400","50"');
    const analysis = lines.slice(lines.indexOf('"results.analysis"') + 2);
    expect(analysis.slice(0, 4)).toEqual([
      '"sample.title","sample.places","sample.almaty","1","2","50"',
      '"sample.title","sample.who","sample.tokayev","1","2","50"',
      '"sample.title","sample.days","sample.protests","2","2","100"',
      '"sample.title","sample.days","sample.emergency","2","2","100"',
    ]);
  });

  it('ends with the confusions two or more made, one row each with its counts and its sentence', () => {
    const session = playThrough(newSession(['Ana', 'Ben', 'Chloé']), (name) => name === 'Ana');
    const csv = classroomCsv(
      keys,
      session,
      LEVELS,
      classScores(session, LEVELS),
      itemAnalysis(session, LEVELS),
      sessionConfusions(session, LEVELS),
    );
    const lines = csv.split('\r\n');
    const start = lines.indexOf('"results.confusions"');
    expect(start).toBeGreaterThan(lines.indexOf('"results.analysis"'));
    expect(lines[start + 1]).toBe(
      '"table.level","csv.challenge","table.item","csv.confusedWith","csv.count","csv.answered","csv.confusion"',
    );
    const rows = lines.slice(start + 2).filter((line) => line !== '');
    // Ben and Chloé linked every actor to the EU diplomat and put the events in reverse order.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(
        /^"sample\.title","sample\.[a-z]+","sample\.[a-z-]+","[^"]+","2","3","class\.[a-zA-Z]+"$/,
      );
    expect(rows.some((row) => row.includes('"class.linked"'))).toBe(true);
    expect(rows.some((row) => row.includes('"class.swapped"'))).toBe(true);
  });
});

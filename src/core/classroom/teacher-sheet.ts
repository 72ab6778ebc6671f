import type { Challenge, ChallengeKind, Level, SourceRef, TextKey } from '../level/level-types';

/** What the right answer to an item is, for the teacher: a date, a target's text, or nothing to add. */
export type SheetAnswer =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'target'; readonly text: TextKey }
  | { readonly kind: 'none' };

export interface SheetFact {
  readonly challengeId: string;
  readonly kind: ChallengeKind;
  readonly itemId: string;
  /** The item as its card names it. */
  readonly label: TextKey;
  readonly answer: SheetAnswer;
  readonly fact: TextKey;
  /** Where an article gives an opinion or gets a detail wrong, and the established fact. */
  readonly note?: TextKey;
  readonly sources: readonly SourceRef[];
}

export interface TeacherSheet {
  readonly levelId: string;
  readonly title: TextKey;
  readonly articles: readonly { readonly id: string; readonly title: TextKey; readonly paragraphs: number }[];
  readonly facts: readonly SheetFact[];
  /**
   * The points to discuss: every item whose note says where an article gives an opinion rather
   * than a fact, disagrees with the other, or gets a detail wrong.
   */
  readonly discussion: readonly SheetFact[];
}

/** A level as a page for the teacher: its facts with their sources, then what to discuss. */
export function teacherSheet(level: Level): TeacherSheet {
  const facts = level.challenges.flatMap((challenge) =>
    challenge.items.map(
      (item): SheetFact => ({
        challengeId: challenge.id,
        kind: challenge.kind,
        itemId: item.id,
        label: 'name' in item ? item.name : item.text,
        answer: answerOf(challenge, item.id),
        fact: item.fact,
        ...(item.note ? { note: item.note } : {}),
        sources: item.source,
      }),
    ),
  );
  return {
    levelId: level.id,
    title: level.title,
    articles: Object.entries(level.articles)
      .map(([id, article]) => ({ id, title: article.title, paragraphs: article.paragraphs }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    facts,
    discussion: facts.filter((fact) => fact.note !== undefined),
  };
}

function answerOf(challenge: Challenge, itemId: string): SheetAnswer {
  switch (challenge.kind) {
    case 'place':
      return { kind: 'none' };
    case 'timeline': {
      const item = challenge.items.find((candidate) => candidate.id === itemId);
      return item ? { kind: 'date', date: item.date } : { kind: 'none' };
    }
    case 'match': {
      const answer = challenge.items.find((candidate) => candidate.id === itemId)?.answer;
      const target = challenge.targets.find((candidate) => candidate.id === answer);
      return target ? { kind: 'target', text: target.text } : { kind: 'none' };
    }
  }
}

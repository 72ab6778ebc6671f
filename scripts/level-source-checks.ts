/**
 * The content rules of the developers' guide that `npm run levels:check` can check mechanically:
 * every article a level cites is one the game knows, with its real paragraph count (so a citation
 * within that count exists), and every fact from the public record that the articles do not contain
 * carries the "not in the articles" mark, in every language.
 *
 * The mark is the words themselves, not a flag: a player reads the text, so the text must say it.
 * A record fact is recognised by a term only the record supplies (a name, a figure, a later event);
 * the exact dates of events the articles mention are the record's precision and need no mark.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Level } from '../src/core/level/level-types';

/** The articles the shipped levels cite, by their title key, and how many paragraphs each really has. */
export const ARTICLE_PARAGRAPHS: Readonly<Record<string, number>> = {
  'articles.a.title': 3,
  'articles.b.title': 12,
};

/** The words that tell the player a fact is not from the articles, by language. */
export const RECORD_MARKS: Readonly<Record<string, RegExp>> = {
  en: /not in the articles|public record|after the articles/i,
  fr: /hors (des )?articles|sources publiques|après les articles/i,
  ru: /нет в статьях|в статьях этого нет|открыт\S* (источник|данн)|после статей/i,
};

export interface RecordTerm {
  /** What the term stands for, in the problem message. */
  readonly what: string;
  /** How the term is written in each language's texts. */
  readonly patterns: Readonly<Record<string, RegExp>>;
}

const SPACE = '[\\s\\u00a0\\u202f,.]?';
const figure = (digits: string): RegExp =>
  new RegExp(`\\b${digits.slice(0, -3)}${SPACE}${digits.slice(-3)}\\b`);
const everywhere = (pattern: RegExp): Readonly<Record<string, RegExp>> => ({
  en: pattern,
  fr: pattern,
  ru: pattern,
});

/** Facts only the public record supplies, which a text may state only with the mark. */
export const RECORD_TERMS: readonly RecordTerm[] = [
  { what: 'the CSTO troop total (about 2,030)', patterns: everywhere(figure('2030')) },
  { what: 'the Russian peacekeepers in Nagorno-Karabakh (1,960)', patterns: everywhere(figure('1960')) },
  { what: 'the detention figure of 10 January (7,939)', patterns: everywhere(figure('7939')) },
  { what: 'the injured of 15 January (4,353)', patterns: everywhere(figure('4353')) },
  {
    what: 'the later death tolls (225, 230, 238)',
    patterns: everywhere(/\b(225|230|238)\b(?![\s\u00a0]?(km|км))/),
  },
  { what: 'the troops near Ukraine (about 100,000)', patterns: everywhere(figure('100000')) },
  { what: 'the 20,000 “bandits” Tokayev spoke of', patterns: everywhere(figure('20000')) },
  { what: 'the US “non-starters”', patterns: everywhere(/non-starter/i) },
  { what: 'the LPG price in tenge', patterns: { en: /tenge/i, fr: /tenge/i, ru: /тенге/i } },
  {
    what: 'the CSTO withdrawal',
    patterns: { en: /withdr[ae]w/i, fr: /retrait/i, ru: /вывод\S* (войск|сил|контингент)/i },
  },
  {
    what: 'Nazarbayev chairing Nur Otan or the Security Council until January 2022',
    patterns: {
      en: /until (5|28) January 2022/i,
      fr: /jusqu’au (5|28) janvier 2022/i,
      ru: /до (5|28) января 2022/i,
    },
  },
  { what: 'Nur Otan renamed Amanat', patterns: { en: /Amanat/, fr: /Amanat/, ru: /Аманат/ } },
  { what: 'Pashinyan', patterns: { en: /Pashinyan/, fr: /Pachinian/, ru: /Пашинян/ } },
  { what: 'Massimov', patterns: { en: /Massimov/, fr: /Massimov/, ru: /Масимов/ } },
  { what: 'Kuleba', patterns: { en: /Kuleba/, fr: /Kouleba/, ru: /Кулеб/ } },
  { what: 'Psaki', patterns: { en: /Psaki/, fr: /Psaki/, ru: /Псаки/ } },
  { what: 'Xi Jinping', patterns: { en: /Xi Jinping/, fr: /Xi Jinping/, ru: /Си Цзиньпин/ } },
  {
    what: 'Sherman or Ryabkov',
    patterns: { en: /Sherman|Ryabkov/, fr: /Sherman|Riabkov/, ru: /Шерман|Рябков/ },
  },
  { what: 'Taldykorgan', patterns: { en: /Taldykorgan/, fr: /Taldykourgan|Taldykorgan/, ru: /Талдыкорган/ } },
  { what: 'Zhanaozen', patterns: { en: /Zhanaozen/, fr: /Janaozen/, ru: /Жанаозен/ } },
  { what: 'Aktau', patterns: { en: /Aktau/, fr: /Aktaou|Aktau/, ru: /Актау/ } },
  { what: 'Stanytsia Luhanska', patterns: { en: /Stanytsia/, fr: /Stanytsia/, ru: /Станиц/ } },
  { what: 'Kaliningrad', patterns: { en: /Kaliningrad/, fr: /Kaliningrad/, ru: /Калининград/ } },
  { what: '“Maidan technologies”', patterns: { en: /Maidan/, fr: /Maïdan/, ru: /[Мм]айдан/ } },
  {
    what: 'Shevardnadze or Yushchenko',
    patterns: { en: /Shevardnadze|Yushchenko/, fr: /Chevardnadze|Iouchtchenko/, ru: /Шеварднадзе|Ющенко/ },
  },
  { what: 'the CSTO founded in Tashkent', patterns: { en: /Tashkent/, fr: /Tachkent/, ru: /Ташкент/ } },
  { what: 'the CSTO refusing Kyrgyzstan (2010)', patterns: everywhere(/\b2010\b/) },
  {
    what: 'the 18-year sentence or later statements on the order',
    patterns: {
      en: /later said/i,
      fr: /a plus tard (dit|affirmé|précisé)|a ensuite (dit|affirmé|précisé)/i,
      ru: /позже (заявил|сказал|уточнил)/i,
    },
  },
  { what: 'the “Shal, ket!” chant', patterns: { en: /Shal, ket/i, fr: /Shal, ket/i, ru: /Шал,? кет/i } },
  { what: 'a treaty exit (1999, 2012) or NATO entry of 1952', patterns: everywhere(/\b(1952|1999|2012)\b/) },
  { what: 'events after the articles (2023, 2024)', patterns: everywhere(/\b(2023|2024)\b/) },
  {
    what: 'the capital renamed Astana again (September 2022)',
    patterns: { en: /September 2022/i, fr: /septembre 2022/i, ru: /сентябр\S* 2022/i },
  },
  {
    what: 'Russia’s draft treaties (15 and 17 December 2021)',
    patterns: { en: /\b1[57] December 2021/i, fr: /\b1[57] décembre 2021/i, ru: /\b1[57] декабря 2021/i },
  },
];

/** Names on cards and glossary terms are labels, not statements: the fact beside them carries the mark. */
function isLabel(key: string): boolean {
  return key.endsWith('.name') || key.endsWith('.term');
}

/** A sentence end: not the period of a Russian "г." (year) or "гг." abbreviation. */
const SENTENCE_END = /(?<!\sгг?)[.;!?](\s|$)/;

/**
 * Whether the mark at `markAt` announces the fact at `termAt`: it comes before it (a mark opens
 * what follows, "Not in the articles: …"), or after it in the same sentence ("… (public record)").
 */
function covers(text: string, markAt: number, termAt: number): boolean {
  return markAt <= termAt || !SENTENCE_END.test(text.slice(termAt, markAt));
}

/**
 * Problems with the record marks: a text stating a record fact without the mark, and a text whose
 * mark one translation has and another lacks. `texts` is language → content key → text.
 */
export function recordMarkProblems(
  texts: ReadonlyMap<string, ReadonlyMap<string, string>>,
  terms: readonly RecordTerm[] = RECORD_TERMS,
  marks: Readonly<Record<string, RegExp>> = RECORD_MARKS,
): string[] {
  const problems: string[] = [];
  const marked = new Map<string, Set<string>>();
  for (const [language, byKey] of texts) {
    const mark = marks[language];
    if (!mark) {
      problems.push(
        `locales/${language}/content.json: no "not in the articles" mark is known for this language`,
      );
      continue;
    }
    for (const [key, text] of byKey) {
      if (isLabel(key)) continue;
      const marks = [...text.matchAll(new RegExp(mark.source, 'gi'))].map((found) => found.index);
      if (marks.length > 0) {
        const languages = marked.get(key) ?? new Set<string>();
        languages.add(language);
        marked.set(key, languages);
      }
      for (const term of terms) {
        const pattern = term.patterns[language];
        const termAt = pattern ? text.search(pattern) : -1;
        if (termAt >= 0 && !marks.some((markAt) => covers(text, markAt, termAt)))
          problems.push(
            `locales/${language}/content.json: "${key}" states ${term.what}, which is not in the articles, ${marks.length === 0 ? 'without saying so' : 'outside the sentence that says so'}`,
          );
      }
    }
  }
  for (const [key, languages] of marked) {
    for (const [language, byKey] of texts) {
      if (byKey.has(key) && !languages.has(language) && marks[language])
        problems.push(
          `locales/${language}/content.json: "${key}" lacks the "not in the articles" mark its ${[...languages].join(', ')} text has`,
        );
    }
  }
  return problems;
}

/** Problems with the articles levels cite: unknown to the game, or declared with a wrong paragraph count. */
export function articleProblems(
  levels: readonly Level[],
  reference: Readonly<Record<string, number>> = ARTICLE_PARAGRAPHS,
): string[] {
  const problems: string[] = [];
  for (const level of levels) {
    for (const [id, article] of Object.entries(level.articles)) {
      const paragraphs = reference[article.title];
      if (paragraphs === undefined)
        problems.push(
          `levels/${level.id}.json at /articles/${id}: "${article.title}" is not an article the game knows (${Object.keys(reference).join(', ')})`,
        );
      else if (paragraphs !== article.paragraphs)
        problems.push(
          `levels/${level.id}.json at /articles/${id}/paragraphs: ${article.paragraphs}, but that article has ${paragraphs} paragraphs`,
        );
    }
    level.challenges.forEach((challenge, c) => {
      challenge.items.forEach((item, i) => {
        item.source.forEach((source, s) => {
          const article = level.articles[source.article];
          const paragraphs = article ? reference[article.title] : undefined;
          if (!article || paragraphs === undefined || source.paragraph < 1 || source.paragraph > paragraphs)
            problems.push(
              `levels/${level.id}.json at /challenges/${c}/items/${i}/source/${s}: ${source.article}§${source.paragraph} does not exist`,
            );
        });
      });
    });
  }
  return problems;
}

/** Every problem above, for the shipped levels and the `content` texts of every language under `root`. */
export function levelSourceProblems(root: string, levels: readonly Level[]): string[] {
  const texts = new Map<string, Map<string, string>>();
  const unread: string[] = [];
  for (const language of readdirSync(join(root, 'locales'))) {
    if (!statSync(join(root, 'locales', language)).isDirectory()) continue;
    const byKey = new Map<string, string>();
    try {
      flattenTexts(
        JSON.parse(readFileSync(join(root, 'locales', language, 'content.json'), 'utf8')),
        '',
        byKey,
      );
    } catch (error) {
      unread.push(`locales/${language}/content.json: record marks not checked (${(error as Error).message})`);
      continue;
    }
    texts.set(language, byKey);
  }
  return [...unread, ...articleProblems(levels), ...recordMarkProblems(texts)];
}

function flattenTexts(value: unknown, prefix: string, into: Map<string, string>): void {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      flattenTexts(child, prefix ? `${prefix}.${key}` : key, into);
}

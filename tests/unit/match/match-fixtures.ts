import type { MatchChallenge, MatchItem } from '../../../src/core/level/level-types';

function item(id: string, answer: string): MatchItem {
  return {
    id,
    text: `actors.${id}.name`,
    answer,
    fact: `facts.${id}`,
    source: [{ article: 'A', paragraph: 1 }],
  };
}

/** Three actors, four roles: "t-spare" belongs to no one. */
export const pairs: MatchChallenge = {
  kind: 'match',
  id: 'who',
  prompt: 'who.prompt',
  mode: 'pairs',
  targets: [
    { id: 't-president', text: 't.president' },
    { id: 't-alliance', text: 't.alliance' },
    { id: 't-chair', text: 't.chair' },
    { id: 't-spare', text: 't.spare' },
  ],
  items: [item('tokayev', 't-president'), item('csto', 't-alliance'), item('armenia', 't-chair')],
};

/** Five countries into three bins. */
export const categories: MatchChallenge = {
  kind: 'match',
  id: 'alliances',
  prompt: 'alliances.prompt',
  mode: 'categories',
  onMap: true,
  targets: [
    { id: 'csto', text: 'bins.csto' },
    { id: 'nato', text: 'bins.nato' },
    { id: 'neither', text: 'bins.neither' },
  ],
  items: [
    item('kaz', 'csto'),
    item('rus', 'csto'),
    item('tur', 'nato'),
    item('est', 'nato'),
    item('chn', 'neither'),
  ],
};

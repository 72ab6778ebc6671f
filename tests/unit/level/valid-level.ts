/** A small level using every challenge kind, valid by construction; tests break one thing at a time. */
export function validLevel(): Record<string, unknown> {
  return {
    $schema: './schema.json',
    formatVersion: 1,
    id: 'sample',
    chapter: 1,
    order: 1,
    title: 'sample.title',
    articles: {
      A: { title: 'articles.a.title', paragraphs: 3 },
      B: { title: 'articles.b.title', paragraphs: 12 },
    },
    map: { projection: 'conicConformal', bbox: [20, 35, 90, 60], highlight: ['KAZ'] },
    stars: [0.4, 0.65, 0.85],
    challenges: [
      {
        kind: 'place',
        id: 'places',
        prompt: 'sample.places',
        maxDistanceKm: 1500,
        items: [
          {
            id: 'almaty',
            name: 'sample.almaty',
            kind: 'city',
            lonLat: [76.928, 43.257],
            toleranceKm: 50,
            fact: 'sample.almaty-fact',
            source: [{ article: 'A', paragraph: 1 }],
          },
        ],
      },
      {
        kind: 'timeline',
        id: 'days',
        prompt: 'sample.days',
        items: [
          {
            id: 'protests',
            text: 'sample.protests',
            date: '2022-01-02',
            place: 'sample.zhanaozen',
            lonLat: [52.856, 43.338],
            fact: 'sample.protests-fact',
            source: [{ article: 'A', paragraph: 1 }],
          },
          {
            id: 'emergency',
            text: 'sample.emergency',
            date: '2022-01-05',
            place: 'sample.almaty',
            lonLat: [76.928, 43.257],
            fact: 'sample.emergency-fact',
            source: [{ article: 'B', paragraph: 5 }],
          },
        ],
      },
      {
        kind: 'match',
        id: 'who',
        prompt: 'sample.who',
        mode: 'pairs',
        targets: [
          { id: 'president', text: 'sample.president' },
          { id: 'eu-diplomat', text: 'sample.eu-diplomat' },
        ],
        items: [
          {
            id: 'tokayev',
            text: 'sample.tokayev',
            answer: 'president',
            actor: 'person',
            initials: 'KT',
            country: 'KAZ',
            fact: 'sample.tokayev-fact',
            source: [{ article: 'B', paragraph: 3 }],
          },
        ],
      },
    ],
  };
}

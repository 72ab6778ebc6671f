import { geoCentroid } from 'd3-geo';
import Phaser from 'phaser';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import { lonLat, screenPoint } from '../../core/geo/lon-lat';
import validateLevelSchema from '../../core/level/level-schema-validator.generated';
import type { Level } from '../../core/level/level-types';
import { createLevelValidator } from '../../core/level/validate-level';
import { type DraftEdit, type StudioState, startEditing, studioReducer } from '../../core/studio/draft-edits';
import {
  type DraftProblem,
  draftFileName,
  draftProblems,
  problemsOf,
} from '../../core/studio/draft-problems';
import { buildLevelFile, draftToLevelFile } from '../../core/studio/draft-to-level-file';
import { emptyDraft, type LevelDraft, type LocalText } from '../../core/studio/level-draft';
import { countryName, loadCountryNames } from '../../services/country-names';
import { loadCountryAtlas } from '../../services/geometry-source';
import { QantarDatabase } from '../../services/storage/qantar-database';
import { createDraftStore } from '../../services/studio/draft-store';
import { downloadFile } from '../dom/download-file';
import { button, h } from '../dom/element';
import { type GameServices, servicesOf } from '../game-services';
import { playLevel } from '../level-flow';
import { navigatorOf } from '../navigator';
import { uiUnit } from '../theme';
import { MapView } from '../ui/map-view';
import './studio.css';

const validator = createLevelValidator(validateLevelSchema);
const store = createDraftStore(new QantarDatabase());
/** The draft open in this page: kept across Play and back, and in the database across reloads. */
let session: { state: StudioState; revision: number } | null = null;
/** Each play gets keys of its own, so the texts just typed are the ones shown. */
let plays = 0;
const LAST_DRAFT_SETTING = 'studio-last-draft';

/**
 * The level studio (#/studio): forms on the left, the level's live map on the right. A tap on the
 * map puts the selected place (or event) there; every problem is written beside its field.
 */
export class StudioScene extends Phaser.Scene {
  private services!: GameServices;
  private panel: HTMLElement | null = null;
  private map: MapView | null = null;
  private atlas: CountryAtlas | null = null;
  private problems: DraftProblem[] = [];
  private selected: { challenge: number; item: number } | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly problemSlots = new Map<string, HTMLElement>();
  private status: HTMLElement | null = null;

  constructor() {
    super('studio');
  }

  create(): void {
    this.services = servicesOf(this);
    // The router (src/game/router.ts) has no studio address yet: the hash is written here.
    if (window.location.hash !== '#/studio') window.history.replaceState(null, '', '#/studio');
    this.panel = h('div', { className: 'qs-panel', attrs: { 'data-testid': 'studio' } });
    this.panel.addEventListener('keydown', (event) => event.stopPropagation());
    document.body.append(this.panel);
    this.events.once('shutdown', () => {
      this.flushSave();
      this.panel?.remove();
      this.panel = null;
      this.map = null;
    });
    this.scale.on('resize', this.layoutMap, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.layoutMap, this));
    void this.open().then(() => this.render());
    Promise.all([loadCountryAtlas(), loadCountryNames(this.services.i18n.language)]).then(
      ([atlas]) => {
        if (!this.sys.isActive()) return;
        this.atlas = atlas;
        this.buildMap();
        this.render();
      },
      (error: unknown) => console.error('Qantar: the studio map could not be loaded', error),
    );
  }

  private get state(): StudioState {
    if (!session) throw new Error('The studio has no draft open');
    return session.state;
  }

  /** The draft of this page, else the last one saved on this device, else a new one. */
  private async open(): Promise<void> {
    if (session) return;
    const last = this.services.settings.get(LAST_DRAFT_SETTING);
    if (last) {
      const loaded = await store.load(last);
      if (loaded.ok && loaded.value) {
        session = { state: startEditing(loaded.value.draft), revision: loaded.value.revision };
        return;
      }
    }
    session = { state: startEditing(emptyDraft('my-level', this.services.i18n.language)), revision: 0 };
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.services.i18n.t(key, params);
  }

  private dispatch(edit: DraftEdit | { type: 'undo' }, rerender: boolean): void {
    if (!session) return;
    session.state = studioReducer(session.state, edit);
    this.scheduleSave();
    if (rerender) this.render();
    else this.refreshProblems();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), 400);
  }

  private flushSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const current = session;
    if (!current) return;
    const draft = current.state.draft;
    const key = draft.id || 'level';
    void store.save(key, draft, current.revision, Date.now()).then((outcome) => {
      if (outcome.ok) {
        current.revision = outcome.stored.revision;
        this.services.settings.set(LAST_DRAFT_SETTING, key);
        this.setStatus(this.t('studio:saved'));
      } else if (outcome.conflict) {
        // Another tab saved this draft: never overwrite it silently.
        current.revision = outcome.conflict.revision;
        this.setStatus(this.t('studio:changedElsewhere'));
      } else this.setStatus(this.t('studio:notSaved'));
    });
  }

  private setStatus(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  // ─── Map ───────────────────────────────────────────────────────────────────

  private mapRect() {
    const panelWidth = this.panel?.getBoundingClientRect().width ?? this.scale.width / 2;
    return {
      x: panelWidth,
      y: 0,
      width: Math.max(100, this.scale.width - panelWidth),
      height: this.scale.height,
    };
  }

  private buildMap(): void {
    if (!this.atlas || !session) return;
    this.map?.destroy();
    const draft = session.state.draft;
    this.map = new MapView(this, {
      map: { projection: draft.map.projection, bbox: draft.map.bbox, labels: true },
      atlas: this.atlas,
      viewport: this.mapRect(),
      interactive: true,
      countryName: (iso3) => countryName(iso3, this.services.i18n.language),
      unit: uiUnit(this.scale.width, this.scale.height),
    });
    this.add.existing(this.map);
    this.map.onTap((point) => {
      const at = this.map?.toLonLat(screenPoint(point.x, point.y));
      if (at) this.placeSelected(Math.round(at.lon * 1000) / 1000, Math.round(at.lat * 1000) / 1000);
    });
  }

  private layoutMap(): void {
    this.map?.setViewport(this.mapRect());
  }

  /** Puts the selected place or event at a point; with none selected, adds a place there. */
  private placeSelected(lon: number, lat: number): void {
    const draft = this.state.draft;
    let target = this.selected;
    if (!target || !draft.challenges[target.challenge]?.items[target.item]) {
      let c = draft.challenges.findIndex((challenge) => challenge.kind === 'place');
      if (c < 0) {
        this.dispatch({ type: 'addChallenge', kind: 'place' }, false);
        c = this.state.draft.challenges.length - 1;
      }
      this.dispatch({ type: 'addItem', challenge: c, lonLat: [lon, lat] }, false);
      target = { challenge: c, item: (this.state.draft.challenges[c]?.items.length ?? 1) - 1 };
      this.selected = target;
      this.render();
      return;
    }
    const path = ['challenges', target.challenge, 'items', target.item];
    if (!('lon' in (draft.challenges[target.challenge]?.items[target.item] ?? {}))) return;
    this.dispatch({ type: 'set', path: [...path, 'lon'], value: lon }, false);
    this.dispatch({ type: 'set', path: [...path, 'lat'], value: lat }, true);
  }

  private refreshMarkers(): void {
    if (!this.map || !session) return;
    const markers: Parameters<MapView['setMarkers']>[0][number][] = [];
    session.state.draft.challenges.forEach((challenge, c) => {
      challenge.items.forEach((item, i) => {
        if (!('lon' in item) || !Number.isFinite(item.lon) || !Number.isFinite(item.lat)) return;
        const here = this.selected?.challenge === c && this.selected.item === i;
        const label = item.id;
        markers.push({ kind: 'pin', at: lonLat(item.lon, item.lat), tone: here ? 'truth' : 'placed', label });
        if (here && 'toleranceKm' in item && item.toleranceKm > 0)
          markers.push({ kind: 'ring', centre: lonLat(item.lon, item.lat), radiusKm: item.toleranceKm });
      });
    });
    this.map.setMarkers(markers);
  }

  // ─── Forms ─────────────────────────────────────────────────────────────────

  private render(): void {
    const panel = this.panel;
    if (!panel || !session) return;
    const scroll = panel.scrollTop;
    this.problemSlots.clear();
    const draft = session.state.draft;
    this.status = h('p', { attrs: { role: 'status', 'data-testid': 'studio-status' } });
    panel.replaceChildren(
      h('h1', {}, this.t('studio:heading')),
      h(
        'div',
        {},
        button(this.t('studio:back'), () => navigatorOf(this).go('title')),
        button(this.t('studio:undo'), () => this.dispatch({ type: 'undo' }, true)),
        button(this.t('studio:play'), () => this.play()),
        button(this.t('studio:export'), () => this.exportFile()),
        button(this.t('studio:newDraft'), () => this.newDraft()),
      ),
      this.status,
      this.problemSlot(''),
      this.details(draft),
      ...draft.challenges.map((_, c) => this.challengeForm(draft, c)),
      h(
        'div',
        {},
        button(this.t('studio:addPlace'), () => this.dispatch({ type: 'addChallenge', kind: 'place' }, true)),
        button(this.t('studio:addTimeline'), () =>
          this.dispatch({ type: 'addChallenge', kind: 'timeline' }, true),
        ),
        button(this.t('studio:addMatch'), () => this.dispatch({ type: 'addChallenge', kind: 'match' }, true)),
      ),
      this.problemSlot('/challenges'),
    );
    panel.scrollTop = scroll;
    this.refreshProblems();
    this.refreshMarkers();
  }

  private problemSlot(field: string, language?: string): HTMLElement {
    const slot = h('p', {
      className: 'qs-problem',
      attrs: { 'data-field': `${field}${language ? `#${language}` : ''}` },
    });
    this.problemSlots.set(`${field}${language ? `#${language}` : ''}`, slot);
    return slot;
  }

  private describe(problem: DraftProblem): string {
    return problem.studio
      ? this.t(`studio:problem.${problem.code}`, problem.params)
      : this.t(`ui:levelProblem.${problem.code}`, problem.params);
  }

  private refreshProblems(): void {
    if (!session) return;
    this.problems = draftProblems(session.state.draft, validator);
    const shown = new Set<DraftProblem>();
    for (const [slotKey, slot] of this.problemSlots) {
      const [field = '', language] = slotKey.split('#');
      const mine = problemsOf(this.problems, field, language).filter(
        (problem) => language !== undefined || problem.language === undefined,
      );
      for (const problem of mine) shown.add(problem);
      slot.textContent = mine.map((problem) => this.describe(problem)).join(' ');
    }
    // A problem whose field has no form of its own is listed at the top, never hidden.
    const top = this.problemSlots.get('');
    const rest = this.problems.filter((problem) => !shown.has(problem));
    if (top && rest.length > 0) top.textContent = rest.map((problem) => this.describe(problem)).join(' ');
  }

  private textFields(
    label: string,
    path: (string | number)[],
    value: LocalText,
    multiline = false,
  ): HTMLElement {
    const draft = this.state.draft;
    const field = `/${path.join('/')}`;
    return h(
      'div',
      {},
      h('span', {}, label),
      h(
        'div',
        { className: 'qs-langs' },
        ...draft.languages.map((language) => {
          const id = `qs${field.replaceAll('/', '-')}-${language}`;
          const input = multiline
            ? h('textarea', { attrs: { id, rows: '2' } })
            : h('input', { attrs: { id } });
          input.value = value[language] ?? '';
          input.addEventListener('input', () =>
            this.dispatch({ type: 'set', path: [...path, language], value: input.value }, false),
          );
          return h(
            'div',
            {},
            h('label', { attrs: { for: id } }, language.toUpperCase()),
            input,
            this.problemSlot(field, language),
          );
        }),
      ),
    );
  }

  private field(
    label: string,
    path: (string | number)[],
    value: string | number,
    kind: 'text' | 'number' = 'text',
    rerender = false,
  ): HTMLElement {
    const field = `/${path.join('/')}`;
    const id = `qs${field.replaceAll('/', '-')}`;
    const input = h('input', { attrs: { id, type: kind === 'number' ? 'number' : 'text', step: 'any' } });
    input.value = Number.isNaN(value) ? '' : String(value);
    input.addEventListener(rerender ? 'change' : 'input', () =>
      this.dispatch(
        {
          type: 'set',
          path,
          value: kind === 'number' ? (input.value === '' ? Number.NaN : Number(input.value)) : input.value,
        },
        rerender,
      ),
    );
    return h('div', {}, h('label', { attrs: { for: id } }, label), input, this.problemSlot(field));
  }

  private choice(
    label: string,
    path: (string | number)[],
    value: string,
    options: readonly string[],
  ): HTMLElement {
    const field = `/${path.join('/')}`;
    const id = `qs${field.replaceAll('/', '-')}`;
    const select = h(
      'select',
      { attrs: { id } },
      ...options.map((option) => h('option', { attrs: { value: option } }, option)),
    );
    select.value = value;
    select.addEventListener('change', () => this.dispatch({ type: 'set', path, value: select.value }, true));
    return h('div', {}, h('label', { attrs: { for: id } }, label), select, this.problemSlot(field));
  }

  private details(draft: LevelDraft): HTMLElement {
    const languageInput = h('input', { attrs: { id: 'qs-languages' } });
    languageInput.value = draft.languages.join(', ');
    languageInput.addEventListener('change', () =>
      this.dispatch(
        {
          type: 'set',
          path: ['languages'],
          value: [
            ...new Set(languageInput.value.split(/[\s,]+/).filter((code) => /^[a-z]{2,3}$/.test(code))),
          ],
        },
        true,
      ),
    );
    return h(
      'fieldset',
      {},
      h('legend', {}, this.t('studio:details')),
      this.field(this.t('studio:levelId'), ['id'], draft.id, 'text', true),
      h('label', { attrs: { for: 'qs-languages' } }, this.t('studio:languages')),
      languageInput,
      this.problemSlot('/languages'),
      this.textFields(this.t('studio:title'), ['title'], draft.title),
      this.textFields(this.t('studio:summary'), ['summary'], draft.summary),
      this.field(this.t('studio:chapter'), ['chapter'], draft.chapter, 'number'),
      this.field(this.t('studio:stars', { n: 1 }), ['stars', 0], draft.stars[0], 'number'),
      this.field(this.t('studio:stars', { n: 2 }), ['stars', 1], draft.stars[1], 'number'),
      this.field(this.t('studio:stars', { n: 3 }), ['stars', 2], draft.stars[2], 'number'),
      this.problemSlot('/stars'),
      ...draft.articles.map((article, a) =>
        h(
          'div',
          {},
          this.textFields(
            this.t('studio:article', { letter: article.letter }),
            ['articles', a, 'title'],
            article.title,
          ),
          this.field(
            this.t('studio:paragraphs'),
            ['articles', a, 'paragraphs'],
            article.paragraphs,
            'number',
          ),
        ),
      ),
      button(this.t('studio:addArticle'), () => this.dispatch({ type: 'addArticle' }, true)),
    );
  }

  private challengeForm(draft: LevelDraft, c: number): HTMLElement {
    const challenge = draft.challenges[c];
    if (!challenge) return h('div');
    const base = ['challenges', c];
    const items = challenge.items.map((item, i) => {
      const path = [...base, 'items', i];
      const select = () => {
        this.selected = { challenge: c, item: i };
        this.refreshMarkers();
      };
      const box = h(
        'fieldset',
        { className: this.selected?.challenge === c && this.selected.item === i ? 'qs-selected' : '' },
        h('legend', {}, item.id),
        this.field(this.t('studio:itemId'), [...path, 'id'], item.id, 'text', true),
        ...('name' in item
          ? [
              this.textFields(this.t('studio:placeName'), [...path, 'name'], item.name),
              this.choice(this.t('studio:placeKind'), [...path, 'kind'], item.kind, [
                'city',
                'capital',
                'region',
                'country',
                'sea',
                'site',
              ]),
              this.field(
                this.t('studio:tolerance'),
                [...path, 'toleranceKm'],
                item.toleranceKm,
                'number',
                true,
              ),
            ]
          : []),
        ...('date' in item
          ? [
              this.textFields(this.t('studio:eventText'), [...path, 'text'], item.text),
              this.field(this.t('studio:date'), [...path, 'date'], item.date),
              this.textFields(this.t('studio:eventPlace'), [...path, 'place'], item.place),
            ]
          : []),
        ...('answer' in item
          ? [
              this.textFields(this.t('studio:matchText'), [...path, 'text'], item.text),
              challenge.kind === 'match'
                ? this.choice(
                    this.t('studio:answer'),
                    [...path, 'answer'],
                    item.answer,
                    challenge.targets.map((target) => target.id),
                  )
                : null,
            ]
          : []),
        ...('lon' in item
          ? [
              this.countrySearch(c, i),
              this.field(this.t('studio:lon'), [...path, 'lon'], item.lon, 'number', true),
              this.field(this.t('studio:lat'), [...path, 'lat'], item.lat, 'number', true),
              this.problemSlot(`/${path.join('/')}/lonLat`),
            ]
          : []),
        this.textFields(this.t('studio:fact'), [...path, 'fact'], item.fact, true),
        this.choice(this.t('studio:stance'), [...path, 'stance'], item.stance, ['fact', 'opinion']),
        this.textFields(this.t('studio:note'), [...path, 'note'], item.note, true),
        ...item.source.map((source, s) =>
          h(
            'div',
            {},
            this.field(this.t('studio:sourceArticle'), [...path, 'source', s, 'article'], source.article),
            this.field(
              this.t('studio:sourceParagraph'),
              [...path, 'source', s, 'paragraph'],
              source.paragraph,
              'number',
            ),
          ),
        ),
        button(this.t('studio:removeItem'), () =>
          this.dispatch({ type: 'removeItem', challenge: c, index: i }, true),
        ),
      );
      box.addEventListener('focusin', select);
      box.addEventListener('click', select);
      return box;
    });
    const targets =
      challenge.kind === 'match'
        ? [
            this.choice(this.t('studio:mode'), [...base, 'mode'], challenge.mode, ['pairs', 'categories']),
            ...challenge.targets.map((target, t) =>
              h(
                'div',
                {},
                this.field(this.t('studio:targetId'), [...base, 'targets', t, 'id'], target.id, 'text', true),
                this.textFields(this.t('studio:targetText'), [...base, 'targets', t, 'text'], target.text),
              ),
            ),
            button(this.t('studio:addTarget'), () =>
              this.dispatch({ type: 'addTarget', challenge: c }, true),
            ),
            this.problemSlot(`/${base.join('/')}/targets`),
          ]
        : [];
    return h(
      'fieldset',
      { attrs: { 'data-testid': `studio-challenge-${c}` } },
      h('legend', {}, this.t(`studio:kind.${challenge.kind}`)),
      this.field(this.t('studio:challengeId'), [...base, 'id'], challenge.id, 'text', true),
      this.textFields(this.t('studio:prompt'), [...base, 'prompt'], challenge.prompt),
      'maxDistanceKm' in challenge
        ? this.field(
            this.t('studio:maxDistance'),
            [...base, 'maxDistanceKm'],
            challenge.maxDistanceKm,
            'number',
          )
        : null,
      ...targets,
      ...items,
      this.problemSlot(`/${base.join('/')}/items`),
      button(this.t('studio:addItem'), () => {
        this.dispatch({ type: 'addItem', challenge: c }, false);
        this.selected = { challenge: c, item: (this.state.draft.challenges[c]?.items.length ?? 1) - 1 };
        this.render();
      }),
      button(this.t('studio:removeChallenge'), () =>
        this.dispatch({ type: 'removeChallenge', index: c }, true),
      ),
    );
  }

  /** A country named as the game names it, in the teacher's language: the item goes to its middle. */
  private countrySearch(c: number, i: number): HTMLElement {
    const language = this.services.i18n.language;
    const id = `qs-country-${c}-${i}`;
    const listId = 'qs-country-names';
    if (!document.getElementById(listId) && this.atlas) {
      const names = this.atlas.shapes
        .map((shape) => countryName(shape.iso3, language))
        .filter((name): name is string => name !== undefined)
        .sort((a, b) => a.localeCompare(b, language));
      this.panel?.append(
        h(
          'datalist',
          { attrs: { id: listId } },
          ...names.map((name) => h('option', { attrs: { value: name } })),
        ),
      );
    }
    const input = h('input', { attrs: { id, list: listId } });
    input.addEventListener('change', () => {
      const wanted = input.value.trim().toLocaleLowerCase(language);
      const shape = this.atlas?.shapes.find(
        (candidate) => countryName(candidate.iso3, language)?.toLocaleLowerCase(language) === wanted,
      );
      if (!shape) return;
      const [lon, lat] = geoCentroid(shape.geometry);
      this.selected = { challenge: c, item: i };
      this.placeSelected(Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000);
    });
    return h('div', {}, h('label', { attrs: { for: id } }, this.t('studio:country')), input);
  }

  // ─── Play and export ───────────────────────────────────────────────────────

  private play(): void {
    this.flushSave();
    const draft = this.state.draft;
    if (this.problems.length > 0) {
      this.setStatus(this.t('studio:fixFirst', { count: this.problems.length }));
      return;
    }
    plays += 1;
    const { file } = buildLevelFile(draft, `studio-play-${plays}`);
    const checked = validator.check(draftFileName(draft), file);
    if (!checked.ok) return;
    const level: Level = checked.level;
    if (level.texts) this.services.i18n.addLevelTexts(level.texts);
    playLevel(this, level);
  }

  private exportFile(): void {
    const draft = this.state.draft;
    downloadFile(
      draftFileName(draft),
      `${JSON.stringify(draftToLevelFile(draft), null, 2)}\n`,
      'application/json',
    );
    this.setStatus(this.t('studio:exported', { file: draftFileName(draft) }));
  }

  private newDraft(): void {
    this.flushSave();
    const used = new Set<string>();
    void store.list().then((listed) => {
      if (listed.ok) for (const stored of listed.value) used.add(stored.id);
      let n = 1;
      while (used.has(`my-level-${n}`)) n += 1;
      session = {
        state: startEditing(emptyDraft(`my-level-${n}`, this.services.i18n.language)),
        revision: 0,
      };
      this.selected = null;
      this.render();
    });
  }
}

import Phaser from 'phaser';
import { eventDateOf, trueOrder } from '../../core/challenges/timeline/timeline-rules';
import { answerSpread, itemAnswers, rightPositions } from '../../core/classroom/class-answers';
import { playedLevel } from '../../core/classroom/class-results';
import { answersAt, sessionPosition } from '../../core/classroom/session-position';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import type { ScreenRect } from '../../core/geo/lon-lat';
import type {
  Challenge,
  MapView as LevelMap,
  MatchChallenge,
  PlaceChallenge,
  TimelineChallenge,
} from '../../core/level/level-types';
import { countryName, loadCountryNames } from '../../services/country-names';
import { loadCountryAtlas } from '../../services/geometry-source';
import { formatEventDate } from '../format-event-date';
import { type GameServices, servicesOf } from '../game-services';
import { navigatorOf } from '../navigator';
import { colours, FONT_FAMILY, fontSize, uiUnit } from '../theme';
import type { Button, ButtonOptions } from '../ui/button';
import { addControlButton } from '../ui/control-button';
import { FocusGroup } from '../ui/focus-group';
import { MapView } from '../ui/map-view';
import { drawMatchSpread, type TargetRow } from './class-map-match';
import { placeMarkers, placePanel } from './class-map-place';
import { drawTimelineSpread, type PositionRow } from './class-map-timeline';
import { dispatch, levelsById, type SessionSceneData, showSession } from './classroom-flow';
import { CLASSROOM_SCENES } from './classroom-scene-keys';
import { drawTextColumn } from './text-column';

/** A row of the timeline or match spread needs this much height to stay readable from afar. */
const ROW_HEIGHT = 66;

/**
 * The class map, after everyone has answered a challenge: all the answers together, for the class
 * to see and discuss its misconceptions. Places: every pin around the true place, one place at a
 * time. Timeline: for each event, the positions it was given. Match: for each item, the targets
 * chosen and how often.
 */
export class ClassMapScene extends Phaser.Scene {
  private services!: GameServices;
  private current!: SessionSceneData;
  private step = 0;
  private challenge: Challenge | null = null;
  /** The level's title key, or its id when it is no longer on the device. */
  private title = '';
  /** The level's map as the class played it (difficulty and hints). */
  private levelMap: LevelMap | null = null;
  private focus!: FocusGroup;
  private unit = 1;
  /** The place shown, or the page of rows. */
  private index = 0;
  private pages = 1;
  private atlas: CountryAtlas | null = null;
  private map: MapView | null = null;
  private chrome: Phaser.GameObjects.GameObject[] = [];
  private saved = 'none';

  constructor() {
    super(CLASSROOM_SCENES.classMap);
  }

  create(data: SessionSceneData): void {
    this.services = servicesOf(this);
    this.current = data;
    this.challenge = null;
    this.levelMap = null;
    this.index = 0;
    this.pages = 1;
    this.atlas = null;
    this.map = null;
    this.chrome = [];
    this.saved = data.saving ? 'saving' : 'none';
    const position = sessionPosition(data.session);
    if (position.phase !== 'review') {
      showSession(this, data);
      return;
    }
    this.step = position.step;
    const step = data.session.steps[position.step];
    const level = step ? levelsById(this).get(step.levelId) : undefined;
    const played = level ? playedLevel(data.session, level) : null;
    this.levelMap = played?.map ?? null;
    this.title = played ? `content:${played.title}` : (step?.levelId ?? '');
    this.challenge = played?.challenges.find((candidate) => candidate.id === step?.challengeId) ?? null;
    this.cameras.main.setBackgroundColor(colours.background);
    this.focus = new FocusGroup(this);
    const onResize = () => this.relayout();
    this.scale.on('resize', onResize);
    const offLanguage = this.services.i18n.onLanguageChanged((language) => {
      void loadCountryNames(language).then(() => {
        this.map?.refreshText();
        this.rebuild();
      });
    });
    const keyboard = this.input.keyboard;
    const onEscape = () => navigatorOf(this).go(CLASSROOM_SCENES.lobby);
    keyboard?.on('keydown-ESC', onEscape);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off('resize', onResize);
      offLanguage();
      keyboard?.off('keydown-ESC', onEscape);
    });
    void data.saving?.then((result) => {
      this.saved = result.ok ? 'saved' : 'failed';
      if (this.sys.isActive()) this.rebuild();
    });
    this.services.probe?.setInfo(this, 'classMap', () => this.probeInfo());
    if (this.challenge?.kind === 'place') this.loadMap();
    this.rebuild();
  }

  private loadMap(): void {
    Promise.all([loadCountryAtlas(), loadCountryNames(this.services.i18n.language)])
      .then(([atlas]) => {
        if (!this.sys.isActive()) return;
        this.atlas = atlas;
        this.rebuild();
      })
      .catch((error: unknown) => console.error('Qantar: the map could not be loaded', error));
  }

  private continue(): void {
    if (this.current.onward) {
      this.current.onward();
      return;
    }
    const next = dispatch(this.services, this.current.session, {
      type: 'reviewClosed',
      at: this.services.clock.now(),
      step: this.step,
    });
    showSession(this, next);
  }

  private relayout(): void {
    this.map?.destroy();
    this.map = null;
    this.rebuild();
  }

  private rebuild(): void {
    for (const object of this.chrome.splice(0)) object.destroy();
    this.focus.clear();
    const { width, height } = this.scale;
    const u = uiUnit(width, height);
    this.unit = u;
    const margin = Math.round(16 * u);
    const footerHeight = Math.round(64 * u);
    const headerBottom = this.buildHeader(width, margin);
    const body: ScreenRect = {
      x: margin,
      y: headerBottom + margin,
      width: width - margin * 2,
      height: height - headerBottom - footerHeight - margin * 3,
    };
    const challenge = this.challenge;
    let count = 1;
    if (challenge?.kind === 'place') count = this.buildPlace(challenge, body);
    else if (challenge?.kind === 'timeline') count = this.buildTimeline(challenge, body);
    else if (challenge?.kind === 'match') count = this.buildMatch(challenge, body);
    else
      this.chrome.push(
        ...drawTextColumn(this, body, 24 * u, [
          { text: this.t('classroom:classMap.missing'), colour: colours.text, scale: 1 },
        ]),
      );
    this.pages = count;
    this.buildFooter(width, height - margin - footerHeight, footerHeight, margin);
  }

  private buildHeader(width: number, margin: number): number {
    const u = this.unit;
    const challenge = this.challenge;
    const title = this.add.text(
      margin,
      margin,
      this.t('classroom:classMap.title', { level: this.levelTitle() }),
      {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('heading', u),
        fontStyle: 'bold',
        color: colours.accentText,
        wordWrap: { width: width - margin * 2, useAdvancedWrap: true },
        maxLines: 2,
        resolution: window.devicePixelRatio || 1,
      },
    );
    const save =
      this.saved === 'saved'
        ? `✓ ${this.t('classroom:save.saved')}`
        : this.saved === 'failed'
          ? `⚠ ${this.t('classroom:save.failed')}`
          : '';
    const legend = challenge ? this.t(`classroom:classMap.legend.${challenge.kind}`) : '';
    const sub = this.add.text(
      margin,
      title.y + title.height + 4 * u,
      [
        this.t('classroom:classMap.answers', { count: answersAt(this.current.session, this.step).length }),
        legend,
        save,
      ]
        .filter((part) => part !== '')
        .join(' · '),
      {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('small', u),
        color: colours.text,
        wordWrap: { width: width - margin * 2, useAdvancedWrap: true },
        resolution: window.devicePixelRatio || 1,
      },
    );
    this.chrome.push(title, sub);
    return sub.y + sub.height;
  }

  private buildPlace(challenge: PlaceChallenge, body: ScreenRect): number {
    const u = this.unit;
    const items = challenge.items;
    this.index = Math.min(this.index, items.length - 1);
    const item = items[this.index];
    const gap = Math.round(20 * u);
    const mapRect = { x: body.x, y: body.y, width: Math.round(body.width * 0.62), height: body.height };
    const panel = {
      x: mapRect.x + mapRect.width + gap,
      y: body.y,
      width: body.width - mapRect.width - gap,
      height: body.height,
    };
    if (!item) return 1;
    if (!this.atlas || !this.levelMap) {
      this.chrome.push(
        this.add
          .text(
            mapRect.x + mapRect.width / 2,
            mapRect.y + mapRect.height / 2,
            this.t('classroom:classMap.loading'),
            {
              fontFamily: FONT_FAMILY,
              fontSize: fontSize('body', u),
              color: colours.mutedText,
              resolution: window.devicePixelRatio || 1,
            },
          )
          .setOrigin(0.5),
      );
    } else {
      this.map ??= new MapView(this, {
        map: this.levelMap,
        atlas: this.atlas,
        viewport: mapRect,
        interactive: true,
        keyboardPan: false,
        countryName: (iso3) => countryName(iso3, this.services.i18n.language),
        unit: u,
      });
      this.map.setMarkers(
        placeMarkers(this.current.session, this.step, item, this.t(`content:${item.name}`)),
      );
      for (const [index, button] of this.map.zoomButtons.entries()) {
        this.focus.add(button);
        this.services.probe?.register(
          this,
          index === 0 ? 'classmap.zoomIn' : 'classmap.zoomOut',
          button,
          () => button.label,
        );
      }
    }
    this.chrome.push(
      ...drawTextColumn(
        this,
        panel,
        26 * u,
        placePanel(this.services.i18n, this.current.session, this.step, item),
      ),
    );
    return items.length;
  }

  private buildTimeline(challenge: TimelineChallenge, body: ScreenRect): number {
    const u = this.unit;
    const perPage = Math.max(1, Math.floor((body.height - 34 * u) / (ROW_HEIGHT * u)));
    const order = trueOrder(challenge.items);
    const pages = Math.max(1, Math.ceil(order.length / perPage));
    this.index = Math.min(this.index, pages - 1);
    const language = this.services.i18n.language;
    const rows = order
      .slice(this.index * perPage, (this.index + 1) * perPage)
      .flatMap((id): PositionRow[] => {
        const item = challenge.items.find((candidate) => candidate.id === id);
        if (!item) return [];
        const counts = new Map<number, number>();
        for (const group of answerSpread(this.current.session, this.step, id)) {
          const position = Number(group.answer);
          if (group.answer !== null && Number.isInteger(position))
            counts.set(position, group.participants.length);
        }
        return [
          {
            label: `${formatEventDate(eventDateOf(item), language, 'short')} — ${this.t(`content:${item.text}`)}`,
            right: rightPositions(challenge.items, id),
            counts,
          },
        ];
      });
    this.chrome.push(...drawTimelineSpread(this, body, u, challenge.items.length, rows, perPage));
    return pages;
  }

  private buildMatch(challenge: MatchChallenge, body: ScreenRect): number {
    const u = this.unit;
    const perPage = Math.max(1, Math.floor(body.height / (ROW_HEIGHT * u)));
    const pages = Math.max(1, Math.ceil(challenge.items.length / perPage));
    this.index = Math.min(this.index, pages - 1);
    const rows = challenge.items.slice(this.index * perPage, (this.index + 1) * perPage).map(
      (item): TargetRow => ({
        label: this.t(`content:${item.text}`),
        chips: answerSpread(this.current.session, this.step, item.id).map((group) => {
          const target = challenge.targets.find((candidate) => candidate.id === group.answer);
          return {
            text: target ? this.t(`content:${target.text}`) : this.t('classroom:classMap.notLinked'),
            count: group.participants.length,
            verdict: target ? (group.answer === item.answer ? 'right' : 'wrong') : 'none',
          };
        }),
      }),
    );
    this.chrome.push(...drawMatchSpread(this, body, u, rows, perPage));
    return pages;
  }

  private buildFooter(width: number, top: number, height: number, margin: number): void {
    const u = this.unit;
    const place = this.challenge?.kind === 'place';
    const pagerWidth = Math.round(200 * u);
    const continueWidth = Math.round(340 * u);
    const y = top + height / 2;
    const previous = this.addButton('classmap.previous', {
      x: margin + pagerWidth / 2,
      y,
      width: pagerWidth,
      height,
      label: `◀ ${this.t('classroom:classMap.previous')}`,
      fontSize: fontSize('body', u),
      enabled: this.index > 0,
      onPress: () => this.turnPage(-1),
    });
    const next = this.addButton('classmap.next', {
      x: margin * 2 + pagerWidth * 1.5,
      y,
      width: pagerWidth,
      height,
      label: `${this.t('classroom:classMap.next')} ▶`,
      fontSize: fontSize('body', u),
      enabled: this.index < this.pages - 1,
      onPress: () => this.turnPage(1),
    });
    const where = this.add
      .text(
        margin * 3 + pagerWidth * 2,
        y,
        this.t(place ? 'classroom:classMap.placeOf' : 'classroom:classMap.pageOf', {
          number: this.index + 1,
          count: this.pages,
        }),
        {
          fontFamily: FONT_FAMILY,
          fontSize: fontSize('body', u),
          color: colours.text,
          resolution: window.devicePixelRatio || 1,
        },
      )
      .setOrigin(0, 0.5);
    this.chrome.push(where);
    const proceed = this.addButton('classmap.continue', {
      x: width - margin - continueWidth / 2,
      y,
      width: continueWidth,
      height,
      label: `${this.t('classroom:classMap.continue')} →`,
      fontSize: fontSize('body', u),
      variant: 'primary',
      onPress: () => this.continue(),
    });
    if (this.pages <= 1) {
      previous.setVisible(false);
      next.setVisible(false);
      where.setVisible(false);
    }
    this.focus.focus(this.index < this.pages - 1 ? next : proceed);
  }

  private turnPage(delta: number): void {
    const target = Math.max(0, Math.min(this.pages - 1, this.index + delta));
    if (target === this.index) return;
    this.index = target;
    this.rebuild();
  }

  private addButton(id: string, options: ButtonOptions): Button {
    const button = addControlButton(this, this.services, this.focus, id, options);
    this.chrome.push(button);
    return button;
  }

  private levelTitle(): string {
    return this.title.startsWith('content:') ? this.t(this.title) : this.title;
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.services.i18n.t(key, params);
  }

  /** For browser tests, read-only: what is drawn, as data. */
  private probeInfo() {
    const challenge = this.challenge;
    const place = challenge?.kind === 'place' ? challenge.items[this.index] : undefined;
    return {
      step: this.step,
      kind: challenge?.kind ?? null,
      index: this.index,
      pages: this.pages,
      mapReady: this.map !== null,
      item: place?.id ?? null,
      saved: this.saved,
      spread: challenge
        ? challenge.items.map((item) => ({
            itemId: item.id,
            groups: answerSpread(this.current.session, this.step, item.id).map((group) => ({
              answer: group.answer,
              count: group.participants.length,
              correct: group.correct,
            })),
            answers: itemAnswers(this.current.session, this.step, item.id).map(({ participant, result }) => ({
              name: participant.name,
              correct: result?.correct ?? false,
              pinned: result?.guessLonLat !== undefined,
            })),
          }))
        : [],
    };
  }
}

import Phaser from 'phaser';
import { type LevelProgress, loadLevelProgress } from '../../core/leaderboard/level-progress';
import { personalBests } from '../../core/leaderboard/ranking';
import { DIFFICULTIES, parseDifficulty } from '../../core/level/difficulty';
import { type LevelCatalog, levelKinds } from '../../core/level/level-catalog';
import type { Level } from '../../core/level/level-types';
import { parseScoreMode, SCORE_MODE_SETTING } from '../../core/scoring/score-mode';
import { pickLevelFile } from '../dom/level-file-picker';
import { DIFFICULTY_SETTING, playLevel, startLevel } from '../level-flow';
import { describeLevelProblem } from '../level-problem-text';
import { navigatorOf } from '../navigator';
import { showRoute } from '../router';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import { LevelCard } from '../ui/level-card';
import { MenuScene } from './menu-scene';

/** How long the list waits for the player's scores before it is drawn without them. */
const PROGRESS_GRACE_MS = 400;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface LevelSelectData {
  /** Set when the address named a level (#/level/<id>): it starts as soon as the levels are known. */
  readonly openLevel?: string;
}

/** Every valid level in `levels/`, grouped by chapter; broken files are reported, never fatal. */
export class LevelSelectScene extends MenuScene<LevelSelectData | undefined> {
  private catalog: LevelCatalog | null = null;
  private missingLevel: string | null = null;
  /** What happened to the last level file loaded from disk, shown under the list. */
  private loadReport: string[] = [];
  private contentHeight = 0;
  /** The player's scores and the reviews due, once read from storage. */
  private progress: LevelProgress | null = null;

  constructor() {
    super('level-select');
  }

  override create(data: LevelSelectData | undefined): void {
    this.catalog = null;
    this.missingLevel = null;
    this.loadReport = [];
    this.progress = null;
    // Phaser hands a scene its last data again when started without any: a level opened from a
    // link must not open again each time the player comes back to this screen.
    this.sys.settings.data = {};
    super.create(data);
    this.enableScrolling();
    this.services.levels
      .catalog()
      .then(async (catalog) => {
        if (!this.scene.isActive()) return;
        this.catalog = catalog;
        const wanted = data?.openLevel;
        const level = wanted ? catalog.levels.find((candidate) => candidate.id === wanted) : undefined;
        if (level) {
          startLevel(this, level.id);
          return;
        }
        if (wanted) this.missingLevel = wanted;
        showRoute({ screen: 'levels' });
        // Storage usually answers within a frame or two: drawing the list once, with the scores,
        // spares the player a redraw under the pointer. A slow or blocked store redraws later.
        const progress = this.loadProgress(catalog.levels);
        const inTime = await Promise.race([
          progress.then(() => true),
          wait(PROGRESS_GRACE_MS).then(() => false),
        ]);
        if (!this.scene.isActive()) return;
        this.rebuild();
        if (!inTime) void progress.then(() => this.scene.isActive() && this.rebuild());
      })
      .catch((error: unknown) => {
        console.error('Qantar: the levels could not be loaded', error);
        this.catalog = { levels: [], chapters: [], problems: [], brokenFiles: [] };
        this.rebuild();
      });
  }

  protected override back(): void {
    navigatorOf(this).go('title');
  }

  private async loadProgress(levels: readonly Level[]): Promise<void> {
    const { scores, review, player } = this.services;
    try {
      this.progress = await loadLevelProgress(scores, review, player.current.id, levels);
    } catch (error) {
      console.warn('Qantar: the best scores could not be read; the levels are listed without them.', error);
    }
  }

  /** "Your best: 1 234 ★★☆" for a level card, on the board of the current scoring and difficulty. */
  private bestLines(): Map<string, string> {
    const { settings, player, i18n } = this.services;
    const board = {
      mode: parseScoreMode(settings.get(SCORE_MODE_SETTING)),
      difficulty: parseDifficulty(settings.get(DIFFICULTY_SETTING)),
      classroom: null,
    };
    const number = new Intl.NumberFormat(i18n.language);
    const bests = personalBests(this.progress?.records ?? [], player.current.id, board);
    return new Map(
      [...bests].map(([levelId, best]) => [
        levelId,
        this.t('leaderboard:card.best', {
          points: number.format(best.points),
          stars: `${'★'.repeat(best.stars)}${'☆'.repeat(3 - best.stars)}`,
        }),
      ]),
    );
  }

  /** A card that starts a review of the missed items due now, level by level; nothing when none is due. */
  private addReviewCard(left: number, top: number, width: number): number {
    const reviews = this.progress?.reviews ?? [];
    const first = reviews[0];
    if (!first) return top;
    const u = this.unit;
    const kinds = [...new Set(reviews.flatMap((review) => levelKinds(review.level)))];
    const card = new LevelCard(this, {
      x: left,
      y: top,
      width,
      unit: u,
      title: `↻ ${this.t('leaderboard:review.title')}`,
      summary: this.t('leaderboard:review.summary', {
        count: reviews.reduce((sum, review) => sum + review.due, 0),
        level: this.t(`content:${first.level.title}`),
      }),
      kinds,
      kindLabels: kinds.map((kind) => this.t(`ui:kind.${kind}`)).join(', '),
      onPress: () => playLevel(this, first.level),
    });
    card.on('focused', () => this.scrollIntoView(card.y, card.cardHeight));
    this.focus.add(card);
    this.services.probe?.register(
      this,
      'level-select.review',
      card,
      () => card.label,
      () => true,
      'topLeft',
    );
    return top + card.cardHeight + 28 * u;
  }

  protected build(width: number, height: number): void {
    const u = this.unit;
    const margin = Math.max(16, 32 * u);
    const columnWidth = Math.min(width - margin * 2, 980 * u);
    const left = (width - columnWidth) / 2;
    const headerHeight = 96 * u;
    const textStyle = (size: 'heading' | 'body' | 'small', color: string, wrap = columnWidth) => ({
      fontFamily: FONT_FAMILY,
      fontSize: fontSize(size, u),
      color,
      wordWrap: { width: wrap, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });

    let y = headerHeight + 12 * u;
    const catalog = this.catalog;
    if (!catalog) {
      this.add
        .text(width / 2, height / 2, this.t('ui:levelSelect.loading'), textStyle('body', colours.text))
        .setOrigin(0.5);
    } else {
      this.services.probe?.setInfo(this, 'missingLevel', () => this.missingLevel);
      if (this.missingLevel) {
        const text = this.add.text(
          left,
          y,
          this.t('ui:levelSelect.notFound', { id: this.missingLevel }),
          textStyle('body', colours.wrongText),
        );
        y += text.height + 16 * u;
      }
      if (catalog.levels.length === 0) {
        const text = this.add.text(left, y, this.t('ui:levelSelect.empty'), textStyle('body', colours.text));
        y += text.height + 16 * u;
      }
      y = this.addReviewCard(left, y, columnWidth);
      const bestLines = this.bestLines();
      for (const chapter of catalog.chapters) {
        const chapterTitleKey = `content:chapters.${chapter.chapter}`;
        const heading = this.services.i18n.exists(chapterTitleKey)
          ? this.t('ui:levelSelect.chapterNamed', { number: chapter.chapter, name: this.t(chapterTitleKey) })
          : this.t('ui:levelSelect.chapter', { number: chapter.chapter });
        const headingText = this.add.text(left, y, heading, {
          ...textStyle('heading', colours.accentText),
          fontStyle: 'bold',
        });
        y += headingText.height + 10 * u;
        for (const level of chapter.levels) {
          const kinds = levelKinds(level);
          const card = new LevelCard(this, {
            x: left,
            y,
            width: columnWidth,
            unit: u,
            title: this.t(`content:${level.title}`),
            summary: [
              level.summary ? this.t(`content:${level.summary}`) : '',
              this.services.levels.isCustom(level.id) ? `(${this.t('ui:customLevel.fromDevice')})` : '',
            ]
              .filter(Boolean)
              .join('\n'),
            kinds,
            kindLabels: kinds.map((kind) => this.t(`ui:kind.${kind}`)).join(', '),
            progress: bestLines.get(level.id),
            onPress: () => startLevel(this, level.id),
          });
          card.on('focused', () => this.scrollIntoView(card.y, card.cardHeight));
          this.focus.add(card);
          this.services.probe?.register(
            this,
            `level.${level.id}`,
            card,
            () => card.label,
            () => true,
            'topLeft',
          );
          y += card.cardHeight + 12 * u;
          if (this.services.levels.isCustom(level.id))
            y = this.addRemoveButton(level.id, left, y, columnWidth);
        }
        y += 16 * u;
      }
      y = this.addLoadFile(left, y, columnWidth, textStyle);
      y = this.addProblems(catalog, left, y, textStyle);
    }
    this.contentHeight = y + margin;
    this.addHeader(width, headerHeight, left, columnWidth);
    this.cameras.main.setScroll(0, Phaser.Math.Clamp(this.cameras.main.scrollY, 0, this.maxScroll()));
  }

  private addProblems(
    catalog: LevelCatalog,
    left: number,
    top: number,
    textStyle: (size: 'heading' | 'body' | 'small', color: string) => Phaser.Types.GameObjects.Text.TextStyle,
  ): number {
    if (catalog.problems.length === 0) return top;
    const u = this.unit;
    let y = top;
    const heading = this.add.text(
      left,
      y,
      `⚠ ${this.t('ui:levelSelect.brokenFiles', { count: catalog.brokenFiles.length })}`,
      { ...textStyle('body', colours.wrongText), fontStyle: 'bold' },
    );
    y += heading.height + 8 * u;
    const showDetails = import.meta.env.DEV || import.meta.env.MODE === 'test';
    const lines = showDetails
      ? catalog.problems.map((problem) => `• ${describeLevelProblem(this.services.i18n, problem)}`)
      : [this.t('ui:levelSelect.brokenFilesHint')];
    const details = this.add.text(left, y, lines.join('\n'), textStyle('small', colours.mutedText));
    details.setName('level-problems');
    this.services.probe?.setInfo(this, 'levelProblems', () => lines);
    return y + details.height + 16 * u;
  }

  private addRemoveButton(levelId: string, left: number, top: number, columnWidth: number): number {
    const u = this.unit;
    const width = 320 * u;
    const height = 44 * u;
    this.addButton(`level.${levelId}.remove`, {
      x: left + columnWidth - width / 2,
      y: top + height / 2 - 4 * u,
      width,
      height,
      label: `✕ ${this.t('ui:customLevel.remove')}`,
      fontSize: fontSize('small', u),
      onPress: () => {
        if (!window.confirm(this.t('ui:customLevel.confirmRemove'))) return;
        void this.services.levels.removeCustomLevel(levelId).then((catalog) => this.showCatalog(catalog));
      },
    });
    return top + height + 12 * u;
  }

  /** A teacher's own level file: validated with the same rules and messages, then kept on the device. */
  private addLoadFile(
    left: number,
    top: number,
    columnWidth: number,
    textStyle: (size: 'heading' | 'body' | 'small', color: string) => Phaser.Types.GameObjects.Text.TextStyle,
  ): number {
    const u = this.unit;
    const width = Math.min(columnWidth, 420 * u);
    const height = 56 * u;
    this.addButton('level-select.load-file', {
      x: left + width / 2,
      y: top + height / 2,
      width,
      height,
      label: this.t('ui:customLevel.load'),
      fontSize: fontSize('body', u),
      onPress: () => void this.loadFile(),
    });
    // The studio makes such files, and changes any level (src/game/studio/).
    this.addButton('level-select.studio', {
      x: left + width / 2,
      y: top + height * 1.5 + 10 * u,
      width,
      height,
      label: this.t('ui:title.studio'),
      fontSize: fontSize('body', u),
      onPress: () => navigatorOf(this).go('studio'),
    });
    let y = top + height * 2 + 20 * u;
    this.services.probe?.setInfo(this, 'loadReport', () => this.loadReport);
    if (this.loadReport.length > 0) {
      const report = this.add.text(left, y, this.loadReport.join('\n'), textStyle('small', colours.text));
      y += report.height + 10 * u;
    }
    return y + 16 * u;
  }

  private async loadFile(): Promise<void> {
    const picked = await pickLevelFile();
    if (!picked || !this.scene.isActive()) return;
    const outcome = await this.services.levels.addCustomLevel(picked.file, picked.bytes);
    if (outcome.ok) {
      this.loadReport = [
        `✓ ${this.t('ui:customLevel.added', { file: picked.file, title: this.t(`content:${outcome.level.title}`) })}`,
        ...(outcome.kept ? [] : [`⚠ ${this.t('ui:customLevel.notKept')}`]),
      ];
    } else {
      this.loadReport = [
        `✗ ${this.t('ui:customLevel.refused', { file: picked.file })}`,
        ...outcome.problems.map((problem) => `• ${describeLevelProblem(this.services.i18n, problem)}`),
      ];
    }
    this.showCatalog(await this.services.levels.catalog());
  }

  private showCatalog(catalog: LevelCatalog): void {
    if (!this.scene.isActive()) return;
    this.catalog = catalog;
    this.rebuild();
  }

  private addHeader(width: number, headerHeight: number, left: number, columnWidth: number): void {
    const u = this.unit;
    const band = this.add.graphics().setScrollFactor(0);
    band.fillStyle(colours.background, 1);
    band.fillRect(0, 0, width, headerHeight);
    band.lineStyle(2, colours.panelBorder, 1);
    band.lineBetween(0, headerHeight, width, headerHeight);
    const backWidth = 150 * u;
    const back = this.addButton('level-select.back', {
      x: left + backWidth / 2,
      y: headerHeight / 2,
      width: backWidth,
      height: 52 * u,
      label: `← ${this.t('ui:common.back')}`,
      fontSize: fontSize('body', u),
      onPress: () => this.back(),
    });
    back.setScrollFactor(0);
    const difficulty = parseDifficulty(this.services.settings.get(DIFFICULTY_SETTING));
    const choiceWidth = 140 * u;
    DIFFICULTIES.forEach((choice, index) => {
      const button = this.addButton(`level-select.difficulty.${choice}`, {
        x: left + columnWidth - choiceWidth / 2 - (DIFFICULTIES.length - 1 - index) * (choiceWidth + 8 * u),
        y: headerHeight / 2,
        width: choiceWidth,
        height: 52 * u,
        label: `${choice === difficulty ? '● ' : ''}${this.t(`ui:difficulty.${choice}`)}`,
        fontSize: fontSize('small', u),
        pressed: choice === difficulty,
        onPress: () => {
          this.services.settings.set(DIFFICULTY_SETTING, choice);
          this.rebuild();
        },
      });
      button.setScrollFactor(0);
    });
    this.add
      .text(left + backWidth + 24 * u, headerHeight / 2, this.t('ui:levelSelect.title'), {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('heading', u),
        fontStyle: 'bold',
        color: colours.text,
        resolution: window.devicePixelRatio || 1,
        wordWrap: { width: columnWidth - backWidth - 24 * u - DIFFICULTIES.length * (choiceWidth + 8 * u) },
      })
      .setOrigin(0, 0.5)
      .setScrollFactor(0);
  }

  private maxScroll(): number {
    return Math.max(0, this.contentHeight - this.scale.height);
  }

  private scrollIntoView(top: number, height: number): void {
    const camera = this.cameras.main;
    const header = 110 * this.unit;
    if (top - header < camera.scrollY) camera.scrollY = Math.max(0, top - header);
    else if (top + height > camera.scrollY + this.scale.height)
      camera.scrollY = Math.min(this.maxScroll(), top + height - this.scale.height + 16);
  }

  /** Wheel, drag and Page Up/Down scroll the list; a short tap still opens a level. */
  private enableScrolling(): void {
    const camera = this.cameras.main;
    const scrollBy = (dy: number) =>
      camera.setScroll(0, Phaser.Math.Clamp(camera.scrollY + dy, 0, this.maxScroll()));
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => scrollBy(dy));
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (pointer.isDown) scrollBy(pointer.prevPosition.y - pointer.y);
    });
    this.input.keyboard?.on('keydown-PAGE_DOWN', () => scrollBy(this.scale.height * 0.8));
    this.input.keyboard?.on('keydown-PAGE_UP', () => scrollBy(-this.scale.height * 0.8));
  }
}

import { itemLabelKey } from '../../core/level/item-label';
import { nextLevel } from '../../core/level/level-catalog';
import { challengePoints, scoreRun } from '../../core/run/level-run';
import { type LevelSceneData, startLevel } from '../level-flow';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import { MenuScene } from './menu-scene';

/** The end of a level: the total, the stars, and every item with what it earned. */
export class ResultsScene extends MenuScene<LevelSceneData> {
  constructor() {
    super('results');
  }

  protected override back(): void {
    this.scene.start('level-select');
  }

  protected build(width: number, height: number): void {
    const { level, run } = this.sceneData;
    const u = this.unit;
    const score = scoreRun(level, run);
    const columnWidth = Math.min(width - 32, 980 * u);
    const left = (width - columnWidth) / 2;
    const number = new Intl.NumberFormat(this.services.i18n.language, { maximumFractionDigits: 0 });
    const style = (size: 'heading' | 'body' | 'small', color: string) => ({
      fontFamily: FONT_FAMILY,
      fontSize: fontSize(size, u),
      color,
      wordWrap: { width: columnWidth, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });

    let y = 24 * u;
    const title = this.add.text(left, y, this.t(`content:${level.title}`), {
      ...style('heading', colours.text),
      fontStyle: 'bold',
    });
    y += title.height + 8 * u;
    const total = this.add.text(
      left,
      y,
      this.t('ui:results.total', {
        points: number.format(score.points),
        max: number.format(score.maxPoints),
      }),
      { ...style('heading', colours.accentText), fontStyle: 'bold' },
    );
    total.setName('results-total');
    y += total.height + 4 * u;
    const stars = this.add.text(
      left,
      y,
      `${'★'.repeat(score.stars)}${'☆'.repeat(3 - score.stars)}  ${this.t('ui:results.stars', { count: score.stars })}`,
      style('body', colours.accentText),
    );
    y += stars.height + 16 * u;
    this.services.probe?.setInfo(this, 'results', () => ({
      points: score.points,
      maxPoints: score.maxPoints,
      stars: score.stars,
    }));

    const rowsText: string[] = [];
    run.results.forEach((result, index) => {
      const challenge = level.challenges[index];
      if (!challenge) return;
      rowsText.push(
        this.t('ui:results.challengeLine', {
          name: this.t(`content:${challenge.prompt}`),
          points: number.format(challengePoints(result)),
        }),
      );
      for (const item of result.items) {
        const labelKey = itemLabelKey(challenge, item.itemId);
        const label = labelKey ? this.t(`content:${labelKey}`) : item.itemId;
        const mark = item.correct
          ? `✓ ${this.t('ui:fact.verdict.right')}`
          : item.points > 0
            ? `◐ ${this.t('ui:fact.verdict.partial')}`
            : `✗ ${this.t('ui:fact.verdict.wrong')}`;
        const distance =
          item.distanceKm !== undefined && !item.skipped
            ? ` — ${this.t('ui:results.distance', { km: number.format(item.distanceKm) })}`
            : item.skipped
              ? ` — ${this.t('ui:results.skipped')}`
              : '';
        rowsText.push(
          `   ${mark} · ${label}${distance} — ${this.t('ui:results.points', { points: number.format(item.points), max: number.format(item.maxPoints) })}`,
        );
      }
      if (result.penalty)
        rowsText.push(`   ${this.t('ui:results.penalty', { points: number.format(result.penalty) })}`);
    });
    const buttonsHeight = 90 * u;
    const rows = this.add.text(left, y, rowsText.join('\n'), {
      ...style('small', colours.text),
      lineSpacing: 6 * u,
    });
    const available = height - y - buttonsHeight;
    if (rows.height > available) rows.setScale(Math.max(0.55, available / rows.height));

    const catalog = this.services.levels.loaded();
    const following = catalog ? nextLevel(catalog, level.id) : undefined;
    const buttons: { id: string; label: string; onPress: () => void; primary?: boolean }[] = [
      {
        id: 'results.retry',
        label: this.t('ui:results.retry'),
        onPress: () => startLevel(this, level.id),
      },
      { id: 'results.levels', label: this.t('ui:results.levels'), onPress: () => this.back() },
    ];
    if (following) {
      buttons.push({
        id: 'results.next',
        label: this.t('ui:results.next'),
        onPress: () => startLevel(this, following.id),
        primary: true,
      });
    }
    const gap = 16 * u;
    const buttonWidth = Math.min(280 * u, (columnWidth - gap * (buttons.length - 1)) / buttons.length);
    buttons.forEach((button, index) => {
      const created = this.addButton(button.id, {
        x: left + buttonWidth / 2 + index * (buttonWidth + gap),
        y: height - buttonsHeight / 2,
        width: buttonWidth,
        height: 56 * u,
        label: button.label,
        fontSize: fontSize('body', u),
        variant: button.primary ? 'primary' : 'secondary',
        onPress: button.onPress,
      });
      if (button.primary || index === 0) this.focus.focus(created);
    });
  }
}

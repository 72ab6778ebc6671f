import type { ScreenRect } from '../../../core/geo/lon-lat';
import { colours, FONT_FAMILY, fontSize } from '../../theme';
import { Button } from '../../ui/button';
import type { MatchDrawContext } from './match-draw-context';
import type { MatchLayout } from './match-layout';

/** The Levels button and the prompt beside it; returns where the board may start. */
export function drawHeader(context: MatchDrawContext, width: number, onBack: () => void): number {
  const { scene, unit: u } = context;
  const margin = Math.max(10, Math.round(16 * u));
  const backWidth = Math.round(130 * u);
  const backHeight = Math.round(44 * u);
  const back = addButton(context, 'back', {
    x: margin,
    y: margin,
    width: backWidth,
    height: backHeight,
    label: `← ${context.t('match:back')}`,
    small: true,
    primary: false,
    enabled: true,
    onPress: onBack,
  });
  const promptX = margin + back.width + Math.round(16 * u);
  const prompt = scene.add.text(promptX, margin, context.t(`content:${context.view.prompt}`), {
    fontFamily: FONT_FAMILY,
    fontSize: fontSize('small', u),
    fontStyle: 'bold',
    color: colours.text,
    wordWrap: { width: width - promptX - margin },
    lineSpacing: Math.round(4 * u),
    resolution: window.devicePixelRatio || 1,
  });
  context.layer.add(prompt);
  return Math.round(margin + Math.max(back.height, prompt.height) + 12 * u);
}

export interface MatchButtonHandlers {
  readonly canCheck: boolean;
  readonly canFinish: boolean;
  readonly over: boolean;
  readonly check: () => void;
  readonly finish: () => void;
  readonly dontKnow: () => void;
  readonly next: () => void;
}

/** Check, Finish and "I don't know" while the player works; Continue once the challenge is over. */
export function drawButtons(
  context: MatchDrawContext,
  layout: MatchLayout,
  handlers: MatchButtonHandlers,
): void {
  const [first, second] = layout.buttons;
  const common = { small: false, enabled: true };
  if (handlers.over) {
    const whole = { x: first.x, y: first.y, width: second.x + second.width - first.x, height: first.height };
    addButton(context, 'continue', {
      ...whole,
      ...common,
      label: context.t('match:continue'),
      primary: true,
      onPress: handlers.next,
    });
    return;
  }
  addButton(context, 'check', {
    ...first,
    ...common,
    label: context.t('match:check'),
    primary: handlers.canCheck,
    enabled: handlers.canCheck,
    onPress: handlers.check,
  });
  addButton(context, 'finish', {
    ...second,
    ...common,
    label: context.t('match:finish'),
    primary: false,
    enabled: handlers.canFinish,
    onPress: handlers.finish,
  });
  addButton(context, 'dontKnow', {
    ...layout.dontKnow,
    ...common,
    small: true,
    label: context.t('match:dontKnow'),
    primary: false,
    onPress: handlers.dontKnow,
  });
}

interface ButtonSpec extends ScreenRect {
  readonly label: string;
  readonly small: boolean;
  readonly primary: boolean;
  readonly enabled: boolean;
  readonly onPress: () => void;
}

/** A button laid out from its top-left corner, in the keyboard order and visible to the test probe as `match.<key>`. */
function addButton(context: MatchDrawContext, key: string, spec: ButtonSpec): Button {
  const button = new Button(context.scene, {
    x: spec.x + spec.width / 2,
    y: spec.y + spec.height / 2,
    width: spec.width,
    height: spec.height,
    label: spec.label,
    fontSize: fontSize(spec.small ? 'small' : 'body', context.unit),
    variant: spec.primary ? 'primary' : 'secondary',
    enabled: spec.enabled,
    onPress: spec.onPress,
  });
  context.layer.add(button);
  context.addFocusable(key, button);
  context.services.probe?.register(
    context.scene,
    `match.${key}`,
    button,
    () => button.label,
    () => button.isEnabled(),
  );
  return button;
}

import type { LevelProblem } from '../core/level/level-problem';
import type { Translator } from '../core/ports/translator';

/** "file.json at /challenges/0/items/2/lonLat/1: must be at most 90" in the current language. */
export function describeLevelProblem(i18n: Translator, problem: LevelProblem): string {
  return i18n.t('ui:levelProblem.line', {
    file: problem.file,
    path: problem.path || '/',
    message: i18n.t(`ui:levelProblem.${problem.code}`, problem.params),
  });
}

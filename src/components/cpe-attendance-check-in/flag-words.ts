/**
 * The roster's and the import preview's flags as a host reads them. The codes stay in the
 * API and the CSV, where other software reads them.
 */
import type { ImportFlag } from '../../policy/imports.js';
import type { AttendanceFlag } from '../../policy/schemas.js';
import type { Words } from '../shared/locale-controller.js';

function flagWord({ t }: Pick<Words, 't'>, flag: AttendanceFlag | ImportFlag): string {
  switch (flag) {
    case 'no-record':
      return t('no record');
    case 'late-arrival':
      return t('late');
    case 'early-departure':
      return t('left early');
    case 'checkout-missing':
      return t('no check-out');
    case 'prompts-below-threshold':
      return t('too few prompts answered');
    case 'too-few-prompts':
      return t('too few prompts issued');
    case 'too-few-interactions':
      return t('too few interactions');
    case 'records-unevaluated':
      return t('records not evaluated');
    case 'shared-address':
      return t('shared address');
    case 'rejoined':
      return t('rejoined');
    case 'overlapping-connections':
      return t('overlapping connections');
    case 'no-email':
      return t('no email');
    case 'stays-merged-by-platform':
      return t('stays merged by the platform');
  }
}

/** The flags in words, in a list; a dash when there are none. */
export const flagsText = (
  words: Pick<Words, 't'>,
  flags: readonly (AttendanceFlag | ImportFlag)[],
) => flags.map((flag) => flagWord(words, flag)).join(', ') || '–';

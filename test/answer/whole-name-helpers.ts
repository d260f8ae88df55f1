import { wholeName } from '../../src/answer/ask/whole-name.js';
import { scoredIn } from './scored-helpers.js';

/** The answer `part` (as the name reader read it) in `sentence`, widened. */
export function widened(sentence: string, part: string, type: 'person' | 'place' | 'organization'): string | number | undefined {
  return wholeName(scoredIn(sentence, part, type, { lead: 3, p: 1 })).value.normalized;
}

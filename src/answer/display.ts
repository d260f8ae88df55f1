import type { TypedValue } from '../model/records.js';
import { displayDate } from '../nlp/dates.js';
import { QUALIFIERS } from '../nlp/units.js';

/** How a value reads in an answer line: "2", "January 28, 2017", "Iran, Iraq and Syria (3)". */
export function displayValue(v: TypedValue): string {
  if (v.items && v.items.length > 1) {
    const names = v.items.map(displayValue);
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1)} (${names.length})`;
  }
  const n = v.normalized;
  switch (v.type) {
    case 'date':
      return typeof n === 'string' ? displayDate(n) : v.text;
    case 'number':
    case 'age':
      return typeof n === 'number' ? `${qualifier(v.text)}${n.toLocaleString('en-US')}` : v.text;
    case 'percent':
      return typeof n === 'number' ? `${qualifier(v.text)}${n}%` : v.text;
    case 'duration':
      return typeof n === 'string' ? `${qualifier(v.text)}${n}` : v.text;
    case 'money':
      return v.text;
    default:
      return typeof n === 'string' && n ? n : v.text;
  }
}

function qualifier(text: string): string {
  const lower = text.toLowerCase();
  const q = QUALIFIERS.find((w) => lower.startsWith(`${w} `));
  return q ? `${q} ` : '';
}

/** Two values state the same thing when their keys are equal (list order and hedges aside). */
export function valueKey(v: TypedValue): string {
  if (v.items && v.items.length > 1) return `${v.type}:${v.items.map(valueKey).sort().join('|')}`;
  const n = v.normalized ?? v.text;
  return `${v.type}:${String(n).toLowerCase()}`;
}

import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"they" as a speaker', () => {
  it('goes to the group a plural description named as a speaker', () => {
    const text = [
      'Unions Press Ruiz on Ferry Cuts.',
      'Four harbor unions are asking Mayor Ada Ruiz to drop an adviser, a retired captain who said the ferries should be “sold for scrap.”',
      'The unions who wrote to her on Monday say they are “worried your office is sending mixed signals on the harbor.” They ask the mayor to make it plain “that you will keep every ferry running” by dropping the adviser.',
    ].join('\n\n');
    expect(who(text, 'that you will keep')).toMatchObject({ speaker: 'the unions', mention: 'They' });
  });

  it('never goes to one person described by a role', () => {
    const text = [
      'Unions Press Ruiz on Ferry Cuts.',
      'Four harbor unions are asking Mayor Ada Ruiz to drop an adviser, a retired general who said the ferries should be “sold for scrap.”',
      'They ask the mayor to make it plain “that you will keep every ferry running” by dropping the adviser.',
    ].join('\n\n');
    expect(who(text, 'that you will keep')?.speaker).not.toBe('a retired general');
  });
});

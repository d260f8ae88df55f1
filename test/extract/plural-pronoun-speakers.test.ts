import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"they" as a speaker', () => {
  it('goes to the group a plural description named as a speaker', () => {
    const text = [
      'Unions Press Ruiz on Ferry Cuts.',
      'Four harbor unions want Mayor Ada Ruiz to let go of an adviser, a retired captain who said the ferries should be “sold for scrap.”',
      'In a joint letter, the unions say they are “alarmed that the ferries may stop.” They urge the mayor to promise “that every ferry keeps running” by firing the adviser.',
    ].join('\n\n');
    expect(who(text, 'that every ferry')).toMatchObject({ speaker: 'the unions', mention: 'They' });
  });

  it('never goes to one person described by a role', () => {
    const text = [
      'Unions Press Ruiz on Ferry Cuts.',
      'Four harbor unions want Mayor Ada Ruiz to let go of an adviser, a retired general who said the ferries should be “sold for scrap.”',
      'They urge the mayor to promise “that every ferry keeps running” by firing the adviser.',
    ].join('\n\n');
    expect(who(text, 'that every ferry')?.speaker).not.toBe('a retired general');
  });
});

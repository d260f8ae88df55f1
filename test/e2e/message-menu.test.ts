import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { interact, startHarness, type Harness } from './harness.js';
import { messageCommand, slash, str, user } from './payloads.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('"Who said this?" on a chat message (right-click → Apps)', () => {
  it('answers /whosaid on the message text with the same cited answer, privately', async () => {
    const pasted = '"rebuild the harbour"';
    const menu = await interact(h.fake, messageCommand('Who said this?', pasted, user(70)));
    const slashReply = await interact(h.fake, slash('whosaid', [str('text', pasted)], user(71)));
    expect(menu.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(menu.ephemeral).toBe(true);
    expect(slashReply.ephemeral).toBe(false);
    const expected = h.service.whosaid(pasted);
    expect(expected.found).toBe(true);
    expect(menu.message.content).toContain(`**${expected.answer}**`);
    expect(menu.message.embeds).toEqual(slashReply.message.embeds);
  });

  it('says nothing matched when the message holds no quotation, privately', async () => {
    const menu = await interact(h.fake, messageCommand('Who said this?', 'lol see you all at the meetup tonight', user(72)));
    expect(menu.ephemeral).toBe(true);
    expect(menu.message.content).toMatch(/No quotation/);
  });

  it('an unknown message command gets a polite private reply, not another command', async () => {
    const menu = await interact(h.fake, messageCommand('Translate this', 'hello', user(74)));
    expect(menu.ephemeral).toBe(true);
    expect(menu.message.content).not.toContain('Ana Ruiz');
  });
});

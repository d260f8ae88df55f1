import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('round-up labels before a colon', () => {
  it('takes the name after a headline and a dash', () => {
    const text = 'TURNOUT FELL IN THE SUBURBS - Priya Ramaswamy: \u201cSuburban precincts reported the lowest participation in a decade.\u201d';
    expect(who(text, 'Suburban')).toMatchObject({ speaker: 'Priya Ramaswamy', cue: ':' });
  });

  it('reads "More from" a source named earlier', () => {
    const text = [
      'TURNOUT FELL IN THE SUBURBS - Priya Ramaswamy: \u201cSuburban precincts reported the lowest participation in a decade.\u201d',
      '',
      'Where the gap came from - More from Ramaswamy: \u201cEarly ballots could not make up the difference.\u201d',
    ].join('\n');
    expect(who(text, 'Early ballots')).toMatchObject({ speaker: 'Priya Ramaswamy', mention: 'Ramaswamy' });
  });

  it('takes the label even when the headline before the dash has a speech verb', () => {
    const text = 'Forecasters agree - Odile Marchetti: \u201cThe storm season will start earlier than the models said.\u201d';
    expect(who(text, 'The storm season')).toMatchObject({ speaker: 'Odile Marchetti', cue: ':' });
  });

  it('takes the first of two co-authors', () => {
    const text =
      'FIELD WORK STILL MATTERS \u2013 Tomas Ekdahl and Irene Vasquez: \u201cCampaigns that kept knocking on doors outperformed their polling.\u201d';
    expect(who(text, 'Campaigns')).toMatchObject({ speaker: 'Tomas Ekdahl' });
  });

  it('reads a name with its party tag or its outlet', () => {
    expect(who('Sen. Harold Pemberton (R-Kan.): "We will not support a bill written behind closed doors."', 'We will')).toMatchObject({
      speaker: 'Harold Pemberton',
    });
    expect(who('Marisol Ortega, Valley Courier: "The county never published the audit."', 'The county')).toMatchObject({ speaker: 'Marisol Ortega' });
  });

  it('reads a document after "From"', () => {
    const text = 'Not every panel is equal. From the survey: \u201cThree in five respondents decided in the final week.\u201d';
    expect(who(text, 'Three in five')).toMatchObject({ speaker: 'the survey' });
  });

  it('does not read a name at the end of ordinary prose as a label', () => {
    const text =
      'During the forum \u2014 Ruth Calloway answered with a line that could have come from Dale Hutchins himself: \u201cStop asking me about the polls.\u201d';
    expect(who(text, 'Stop asking').speaker).not.toBe('Dale Hutchins');
  });
});

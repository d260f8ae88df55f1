/**
 * Three kinds of short articles written for these tests, with one word in common: television
 * stories whose quotations speak of a channel, harbour stories whose quotations speak of the
 * shipping channel while the story around them is about dredging it, and dock stories quoted on
 * dredging itself. A topic naming the channel and its dredging is covered equally by the
 * television and harbour quotations; only their whole articles tell the harbour ones apart.
 * The television files sort first, so that corpus order alone would list them first.
 */
const TOWNS = ['Arnmouth', 'Bexley Quay', 'Caddow', 'Drumlee', 'Eskholm', 'Fairhaven', 'Gorran', 'Hythe Ness', 'Ilsby', 'Jessop', 'Kilmory', 'Lowrie'];
const PEOPLE = ['Anya Corbett', 'Bram Telford', 'Celia Marsh', 'Dario Fenn', 'Edda Lowe', 'Faris Quint', 'Greta Holm', 'Hal Osei'];
const SHOWS = ['the quiz hour', 'the late film', 'the cookery slot', 'the farming report', 'the youth drama', 'the travel series'];
const SILT = ['silts up every winter', 'is too shallow for the trawlers at low tide', 'has a sandbar the skippers fear', 'narrows each spring'];
const COSTS = ['costs more every year', 'has to wait for a dry month', 'keeps the berths open for the ferries', 'was cheaper when the port paid for it'];

export function channelNews(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  const date = (i: number) => `Date: 2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const person = PEOPLE[i % PEOPLE.length]!;
    const n = String(i).padStart(2, '0');
    files[`channel-tv-${n}.txt`] = `Viewers drift away from ${town} television
${date(i)}

Audiences for the ${town} station fell again this season, and advertisers asked for lower rates.

"The channel will drop ${SHOWS[i % SHOWS.length]} in ${town} next year," said ${person}, a producer at the station.

The station's board meets in the spring to settle its schedule.
`;
    files[`harbour-${n}.txt`] = `Dredging stalls at ${town} harbour
${date(i + 3)}

Dredging at ${town} harbour stalled again this month while the council argued over who should pay for it.

"The channel into ${town} ${SILT[i % SILT.length]}," said ${person}, who skippers a trawler out of the port.

Councillors will vote on the dredging contract before the autumn, the harbour master said.
`;
    if (i % 3 === 2)
      files[`dock-${n}.txt`] = `${town} dock budget agreed
${date(i + 5)}

The ${town} dock company set its budget for the year on Monday.

"Dredging the ${town} berths ${COSTS[i % COSTS.length]}," said ${person}, the dock company's engineer.
`;
  }
  return files;
}

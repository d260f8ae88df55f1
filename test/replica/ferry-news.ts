/**
 * Many short articles on one running story (ferry timetables along a coast), written for these
 * tests: every article holds the same handful of words, so a question on them reaches all of
 * them, and each has its own place, speaker and figures. Some speakers recur across articles.
 */
const PLACES = [
  'Arnholm',
  'Brisk Bay',
  'Caddon',
  'Dunmarrow',
  'Eastwick',
  'Fennick',
  'Glasserby',
  'Holloway Point',
  'Inchcliff',
  'Jarrow Sound',
  'Kelloway',
  'Lanfield',
];
const FIRST = ['Mira', 'Tomas', 'Ines', 'Oskar', 'Lena', 'Pavel', 'Rosa', 'Emil', 'Nadia', 'Viktor', 'Alma', 'Jonas', 'Clara', 'Felix'];
const LAST = ['Brandt', 'Castell', 'Dovey', 'Eklund', 'Farrow', 'Grady', 'Haldane', 'Ivers', 'Janssen', 'Kerrigan', 'Lindgren', 'Moreau', 'Nystrom'];
const CLAIMS = [
  'needs an earlier sailing in the morning and a later one at night',
  'loses passengers every winter because the last ferry leaves too early',
  'cannot plan a school run around a timetable that changes every month',
  'will keep its harbour open if the crossing runs twice a day',
  'lost the night crossing last year and the shops felt it at once',
];

export function ferryNews(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length]!;
    // Speakers recur: fewer names than articles.
    const speaker = `${FIRST[(i * 5) % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
    const claim = CLAIMS[i % CLAIMS.length]!;
    const passengers = 1200 + ((i * 337) % 5000);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    files[`ferry-${String(i).padStart(3, '0')}.txt`] = `Ferry timetable review reaches ${place}
Date: 2025-${month}-${day}

The ferry company's winter timetable review reached ${place} on Tuesday, where the harbour committee met to discuss the crossing.

"${place} ${claim}," said ${speaker}, who chairs the ${place} harbour committee.

The review counted ${passengers} passengers on the ${place} crossing last winter. ${speaker.split(' ')[1]} said the committee would answer the ferry company within ${2 + (i % 5)} weeks.
`;
  }
  return files;
}

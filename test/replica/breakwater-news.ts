/**
 * Short articles on breakwater repairs along a coast, written for these tests: what each
 * quotation is about is said only in the sentence before it ("Engineers began repairing the
 * breakwater after the autumn storms. \"We have waited three winters for this,\" said …"), and a
 * second quotation is credited to a description of a person ("the longtime councillor said") in a
 * story that names the first speaker. Speakers recur across articles.
 */
const PLACES = ['Arnholm', 'Brisk Bay', 'Caddon', 'Dunmarrow', 'Eastwick', 'Fennick', 'Glasserby', 'Holloway Point'];
const FIRST = ['Mira', 'Tomas', 'Ines', 'Oskar', 'Lena', 'Pavel'];
const LAST = ['Brandt', 'Quill', 'Dovey', 'Eklund', 'Farrow'];
const CLAIMS = [
  'We have waited three winters for this',
  'The fishing boats need a safe berth before January',
  'Nobody on the quay expected the work to start so soon',
  'Every tide that comes over the wall floods the boatyard',
];

export function breakwaterNews(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length]!;
    const speaker = `${FIRST[(i * 5) % FIRST.length]} ${LAST[(i * 2) % LAST.length]}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    files[`breakwater-${String(i).padStart(3, '0')}.txt`] = `Repairs begin at ${place}
Date: 2025-11-${day}

Engineers began repairing the ${place} breakwater after the autumn storms. "${CLAIMS[i % CLAIMS.length]}," said ${speaker}.

${speaker.split(' ')[1]} spoke after a visit to the site with the contractors. "They have promised us daylight working only, and a quiet quay on Sundays," the longtime councillor said.
`;
  }
  return files;
}

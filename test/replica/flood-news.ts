/**
 * Many short articles on a season of floods along one river, written for these tests: every
 * article states how many people were moved from one town and when a vote on one topic is due,
 * in the same words, so a question on them reaches all of them and differs only by its names.
 */
const TOWNS = ['Ashby Ford', 'Bellmoor', 'Corran', 'Dunsley', 'Elverton', 'Farrowdale', 'Greywater', 'Hollins'];
const TOPICS = ['flood barriers', 'river dredging', 'school meals', 'bus shelters', 'pumping stations', 'street lighting', 'park benches'];
const VERBS = ['evacuated', 'relocated', 'rehoused'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PEOPLE = ['Agnes Whitlow', 'Bram Oakes', 'Celia Marsh', 'Dorian Fell', 'Edith Crane', 'Fergus Lowe'];

export function floodNews(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const other = TOWNS[(i * 3 + 1) % TOWNS.length]!;
    const topic = TOPICS[i % TOPICS.length]!;
    const verb = VERBS[i % VERBS.length]!;
    const person = PEOPLE[i % PEOPLE.length]!;
    const moved = 140 + ((i * 211) % 3000);
    const month = MONTHS[(i * 5) % 12]!;
    const day = 1 + ((i * 7) % 27);
    files[`flood-${String(i).padStart(3, '0')}.txt`] = `River Lisle floods reach ${town}
Date: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}

${moved} people were ${verb} in ${town} on Friday after the river burst its banks.

"We moved everyone we could before dark," said ${person}, who leads the ${town} relief committee.

The vote on ${topic} in ${other} is scheduled for ${month} ${day}, 2024, officials said. The county council will spend $${2 + (i % 9)}.${i % 10} million on ${topic} in ${town}.
`;
  }
  return files;
}

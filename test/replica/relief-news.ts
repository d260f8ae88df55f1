/**
 * Short articles on volunteers after a flood, written for these tests: each quotes one volunteer
 * in nearly the same words as every other, so that a search for those words finds well over a
 * hundred quotations of exactly the same weight, in as many articles: more than a search keeps
 * (its first cut).
 */
const TOWNS = ['Ashby Ford', 'Bellmoor', 'Corran', 'Dunsley', 'Elverton', 'Farrowdale'];
const FIRST = ['Ada', 'Bruno', 'Cora', 'Dev', 'Elin', 'Fritz', 'Gwen', 'Hugo', 'Iris', 'Jude', 'Kit'];
const LAST = ['Ashdown', 'Birch', 'Calloway', 'Dunmore', 'Ellery', 'Fenwick', 'Garland'];
const ENDS = ['before dark', 'before the bridge closed', 'on the high road'];

export function reliefNews(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
    // A few end otherwise: a search for their words ranks them first and the rest equal after them.
    const end = i % 20 === 7 ? 'by the church hall' : ENDS[i % ENDS.length];
    const quote = `"We filled the sandbags and moved everyone we could ${end}," said ${name}, a volunteer from ${town}.`;
    files[`relief-${String(i).padStart(3, '0')}.txt`] = `Volunteers fill sandbags in ${town}
Date: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}

Volunteers worked through the night in ${town} as the river rose.

${quote}
`;
  }
  return files;
}

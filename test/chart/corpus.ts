/**
 * A small coverage of one story, written for the chart tests: three outlets, five dated days,
 * known speakers with known counts, and two outlets that state a different cost for the same
 * bridge repair. Each article's outlet and date come from its sidecar, as users' corpora do.
 */
export const CHART_ARTICLES: Record<string, string> = {
  'bridge-closed.txt': `Old Mill Bridge closed after inspectors find cracks

Engineers closed the Old Mill Bridge in Brackwater on Monday after an inspection found cracks in two of its piers.

"We cannot let a single car cross that bridge until the piers are repaired," council engineer Priya Nandakumar said.

Shop owners on River Street said the closure would cost them customers. "Half our trade comes over that bridge," baker Owen Pritchard said.

"The bridge was built in 1931 and it has never been closed this long," Priya Nandakumar added.
`,
  'bridge-closed.json': JSON.stringify({ outlet: 'Brackwater Echo', date: '2025-03-03' }),
  'bridge-cost.txt': `Bridge repair will cost the town dearly

The repair of the Old Mill Bridge will cost 4 million pounds, the council said on Tuesday.

"The bridge repair is the largest job this council has faced in a decade," council leader Hana Sorensen said.

"Every pound spent on the bridge is a pound not spent on the schools," opposition councillor Rufus Dale said.

The piers will be rebuilt in steel. "Steel piers will carry the bridge for another century," council engineer Priya Nandakumar said.
`,
  'bridge-cost.json': JSON.stringify({ outlet: 'Valley Courier', date: '2025-03-04' }),
  'bridge-cost-other.txt': `Council sets bridge budget

The repair of the Old Mill Bridge will cost 6 million pounds, according to figures seen by this paper.

"The bridge repair is the largest job this council has faced in a decade," council leader Hana Sorensen said.

"Half our trade comes over that bridge," baker Owen Pritchard said again on Wednesday.
`,
  'bridge-cost-other.json': JSON.stringify({ outlet: 'Brackwater Echo', date: '2025-03-05' }),
  'bridge-ferry.txt': `Ferry fills the gap while the bridge is shut

A temporary ferry began carrying foot passengers across the river on Friday while the Old Mill Bridge stays closed.

"The ferry will run every twenty minutes until the bridge opens again," ferry operator Idris Mensah said.

"The bridge repair is the largest job this council has faced in a decade," council leader Hana Sorensen said.
`,
  'bridge-ferry.json': JSON.stringify({ outlet: 'Riverside Post', date: '2025-03-07' }),
  'library-hours.txt': `Library extends its opening hours

Brackwater library will open until nine in the evening from April, the library service said.

"Students asked us for quiet evenings, and we listened," librarian Clara Voss said.

"Evening hours cost us little and help many readers," Clara Voss said.
`,
  'library-hours.json': JSON.stringify({ outlet: 'Valley Courier', date: '2025-03-07' }),
  'bridge-undated.txt': `Letters: the bridge and the town

Readers wrote in about the Old Mill Bridge closure this week.

"The bridge is the heart of this town," reader Sam Okoro said.
`,
};

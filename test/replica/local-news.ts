/** Short local-news articles on unrelated topics, so that most questions need only a few of them; three name their outlet. */
export const LOCAL_NEWS: Record<string, string> = {
  'bridge.json': JSON.stringify({ outlet: 'The Marren Courier' }),
  'school.json': JSON.stringify({ outlet: 'The Marren Courier' }),
  'market.json': JSON.stringify({ outlet: 'Harbour Weekly' }),
  'bridge.txt': `River bridge closes for repairs
Date: 2025-03-03

The old stone bridge over the Marren will close for six weeks from Monday while engineers replace its bearings.

"The bearings are ninety years old and they have done their work," said Hana Novak, the county's chief engineer. "We would rather close it in spring than lose it in winter."

Drivers will be sent round by the ring road, which adds about 12 minutes to the journey. Novak said the repairs will cost $1.4 million.
`,
  'library.txt': `Library extends its evening hours
Date: 2025-06-11

The central library will stay open until nine on weekdays from July, after a survey of 2,300 readers.

"Most of our readers work during the day, and they told us so," said Ibrahim Sall, the head librarian.

The council will pay for four additional staff. Sall said the reading room would also get new lamps.
`,
  'market.txt': `Farmers market moves to the harbour
Date: 2025-08-22

The Saturday farmers market will move from the car park to the harbour front in September.

"Stallholders asked for shade and for room to grow," said Greta Holm, who chairs the market association. "The harbour gives us both."

The market has 48 stalls and draws about 3,000 visitors on a fine Saturday.
`,
  'choir.txt': `Youth choir wins regional contest
Date: 2025-10-05

The town's youth choir won the regional contest in Lindau on Sunday, ahead of fourteen other choirs.

"They sang as if nobody was listening, which is the hardest thing to teach," said Paolo Ferri, the choir's conductor.

The choir will sing at the national final in March. Ferri said 32 singers will make the trip.
`,
  'school.txt': `New school roof finished before the rains
Date: 2025-09-29

Builders finished the new roof of the primary school on Quarry Lane two weeks ahead of schedule.

"Last winter we had buckets in three classrooms," said Dana Kowalski, the head teacher. "This winter we will have none."

The roof cost $380,000 and was paid for by the education board.
`,
};

/** Short articles whose speakers and quotations are written in several scripts, accented Latin included. */
export const EVERY_SCRIPT: Record<string, string> = {
  'tram.txt': `Tram line to the old harbour opens in June
Date: 2025-02-10

The new tram line from the station to the old harbour will open in June, two months later than planned.

"Die Straßenbahn fährt ab Juni jeden Tag, auch am Sonntag," said Jürgen Müller, the city's transport director. "We tested every crossing twice."

Müller said the café owners on Hafenstraße had asked for a stop near the market.
`,
  'ferry.txt': `Ferry to the islands resumes after the storm
Date: 2025-03-18

The island ferry resumed its crossings on Tuesday after a week of storms.

"Chuyến phà đầu tiên đã rời bến lúc sáu giờ sáng," said Đoàn Thị Hương, who runs the ferry company. "Every seat was taken."

Đoàn said the company would add an evening crossing in summer.
`,
  'bridge.txt': `River bridge reopens to traffic
Date: 2025-05-02

The river bridge reopened on Friday after eight months of repairs.

"Мост открыт для всех машин с пятницы," said Olga Petrova, the regional roads minister. "Trucks must still wait until autumn."

The repairs cost 4.2 million roubles, less than the budget allowed.
`,
  'library.txt': `City library adds a reading room for children
Date: 2025-06-20

The city library opened a new reading room for children on Saturday.

"東京の図書館より広い部屋です," said Yamada Taro, the head librarian. "Children can stay until seven."

山田太郎 said the room holds 4,000 books.
`,
  'council.txt': `Council votes to keep the night buses
Date: 2025-09-12

The council voted on Wednesday to keep the night buses running through the winter.

"Ночные автобусы останутся," said Ольга Сергеевна Петрова. "Nobody should walk home in the dark."

"夜のバスは続けます," said 山田太郎, who chairs the transport committee.

"Οι νυχτερινές γραμμές μένουν," said Νίκος Παπαδόπουλος.
`,
  'garden.txt': `Allotment waiting list grows
Date: 2025-10-01

The waiting list for allotments grew to 310 names this year.

"People want to grow their own vegetables again," said Amara Okafor, who keeps the list.
`,
};

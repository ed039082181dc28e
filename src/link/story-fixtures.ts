// Invented coverage for the story tests: four events, three outlets each, with one politician who comments
// on all of them (a shared actor must not glue stories together), and one article on nothing else.
// All people, places and outlets are made up.
import type { StoryDoc } from './stories.ts';

export const EVENTS: Record<string, StoryDoc[]> = {
  ferry: [
    { id: 'ferry-1', published: '2031-04-02', title: 'Ferry capsizes on Lake Morrow, fourteen missing', text: 'A passenger ferry capsized on Lake Morrow near Dunvale on Tuesday night and fourteen people are missing, the coast guard said. Captain Ilse Varga said divers had recovered the hull. Prime Minister Anders Holm called the sinking a tragedy and promised an inquiry.' },
    { id: 'ferry-2', published: '2031-04-03', title: 'Divers search Lake Morrow after ferry sinks', text: 'Divers searched Lake Morrow for a second day after the ferry Alda sank off Dunvale with sixty passengers aboard. Fourteen remain missing. Coast guard captain Ilse Varga said strong winds had hit the ferry as it turned. Anders Holm visited the harbour.' },
    { id: 'ferry-3', published: '2031-04-03', title: 'Questions over overloaded Dunvale ferry', text: 'Survivors of the Dunvale ferry disaster say the vessel was overloaded when it capsized on Lake Morrow. The coast guard, led by Ilse Varga, has not confirmed the number of passengers. Fourteen people are still missing after the sinking.' },
  ],
  strike: [
    { id: 'strike-1', published: '2031-04-02', title: 'Calder Bay dockers walk out over pay', text: 'Dock workers at Calder Bay port walked out on Tuesday in a dispute over pay, halting container traffic. Union leader Tomas Reyke said the port operator had refused a nine percent raise. Prime Minister Anders Holm urged both sides to return to talks.' },
    { id: 'strike-2', published: '2031-04-02', title: 'Port strike stops containers at Calder Bay', text: 'Containers piled up at Calder Bay as the dockers strike entered its first day. Tomas Reyke, who leads the dockers union, said workers wanted a raise that matched inflation. The port operator called the walkout unlawful.' },
    { id: 'strike-3', published: '2031-04-04', title: 'Calder Bay port operator offers dockers new deal', text: 'The operator of Calder Bay port offered striking dockers a six percent raise on Thursday. Union leader Tomas Reyke said members would vote on the offer. Holm said the strike was costing exporters dearly.' },
  ],
  bribery: [
    { id: 'court-1', published: '2031-04-03', title: 'Former minister Petra Lunde convicted of bribery', text: 'A court in Halden convicted former transport minister Petra Lunde of taking bribes over the Sorn bridge contract. Judge Mirela Ost sentenced her to four years. Lunde said she would appeal. Prime Minister Anders Holm said nobody was above the law.' },
    { id: 'court-2', published: '2031-04-03', title: 'Lunde gets four years over Sorn bridge bribes', text: 'Petra Lunde, a former transport minister, was sentenced to four years in prison by a Halden court for accepting bribes from the builder of the Sorn bridge. Judge Mirela Ost said the bribes were proven beyond doubt.' },
    { id: 'court-3', published: '2031-04-04', title: 'Lunde to appeal bribery verdict', text: 'Lawyers for Petra Lunde said they would appeal her bribery conviction in the Sorn bridge case. The Halden court found that the former minister took bribes worth two million crowns. Judge Mirela Ost rejected a request for bail.' },
  ],
  rates: [
    { id: 'rates-1', published: '2031-04-02', title: 'Bank of Norrland raises interest rate to 4.5 percent', text: 'The Bank of Norrland raised its main interest rate to 4.5 percent on Tuesday to fight inflation. Governor Sven Aaberg said further increases were possible. Prime Minister Anders Holm said the rise would hurt borrowers.' },
    { id: 'rates-2', published: '2031-04-02', title: 'Norrland central bank lifts rates again', text: 'Norrland central bank governor Sven Aaberg lifted the benchmark interest rate by half a point to 4.5 percent, the third rise this year, as inflation stays high. Mortgage lenders are expected to follow.' },
    { id: 'rates-3', published: '2031-04-03', title: 'Borrowers brace after Norrland rate rise', text: 'Homeowners face higher mortgage payments after the Bank of Norrland raised interest rates to 4.5 percent. Governor Sven Aaberg defended the rise, saying inflation had to come down.' },
  ],
};

export const LONE: StoryDoc = {
  id: 'lone-1',
  published: '2031-04-03',
  title: 'Rare orchid found in Velmark forest',
  text: 'Botanists have found a rare ghost orchid growing in the Velmark forest, the first sighting in forty years. The flower has no leaves and lives on fungi in the soil.',
};

export const ALL: StoryDoc[] = [...Object.values(EVENTS).flat(), LONE];

// Closed word classes the entity finder needs. General English and general geography only.
const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Titles written before a person's name ("Interior Minister Ana Sorel", "Sen. Ted Cruz"). */
export const PERSON_TITLES = set(`
mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. fr fr. sen sen. rep rep. gov gov. gen gen.
col col. lt lt. capt capt. sgt sgt. adm adm. cmdr cmdr. maj maj. pres pres. atty supt supt. det det. insp
president vice minister secretary senator representative congressman congresswoman governor mayor ambassador
envoy judge justice chancellor premier king queen prince princess pope cardinal bishop rabbi imam sheikh
general colonel major captain lieutenant sergeant admiral commander chief director chairman chairwoman chair
spokesman spokeswoman spokesperson professor doctor deputy prosecutor attorney commissioner councillor
councilman councilwoman inspector superintendent sheriff officer detective constable coach candidate nominee
leader speaker treasurer auditor administrator ceo founder executive manager whip
`);

/** Words that make a capitalised name an organisation's. */
export const ORG_WORDS = set(`
ministry department authority agency council committee commission party university college institute
association bank court congress senate house parliament assembly police army navy force forces directorate office
service services union foundation corporation corp corp. inc inc. ltd llc company co. group board administration
campaign hospital organization organisation organizations nations federation league bureau center centre
coalition alliance fund trust society church school academy network industries holdings partners republicans
democrats government cabinet secretariat tribunal prosecutors commissioners guard brigade regiment command
movement front state's embassy consulate municipality city-council utility
water energy power gas oil airlines airways air rail railways motors foods pharma pharmaceuticals media capital
labs systems technologies solutions electric steel resources bank insurance logistics shipping telecom networks
international industries enterprises ventures
`);

/** Descriptions that refer back to an organisation named earlier: "the company", "the operator". */
export const ORG_DESCRIPTORS = set(`
company firm operator agency authority ministry government department utility organisation organization group
administration council board commission committee office bank corporation business body regulator
`);

/** Countries, regions and the like: general geography, not a list of any story's places. */
export const PLACES = set(`
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
bolivia bosnia brazil bulgaria cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus
czechia denmark ecuador egypt england eritrea estonia ethiopia europe africa asia america americas finland france
georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel
italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania
luxembourg macedonia madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar
namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines
poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain
sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine
uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe gaza crimea kurdistan
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
wyoming london paris berlin moscow beijing tokyo washington baghdad damascus kabul tehran jerusalem cairo
brussels geneva rome madrid kiev kyiv mosul aleppo chicago boston atlanta miami houston dallas denver seattle
`);

/** Capitalised words that start sentences or headlines but are not names. */
export const NOT_NAMES = set(`
a an the but and or so yet for nor if then when while after before as at by in on of to from with without into
onto over under about above below between among through during since until unless although though because
this that these those there here it its he she they we you i his her their our your my me him them us who
what which where why how some many most more all any each every no not none both either neither one two three
four five six seven eight nine ten first second third last next new other another such same yes also even
just only still already however meanwhile moreover furthermore instead indeed today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december mr mrs ms dr said says according read related photo image video watch
update updated editor note advertisement click share follow subscribe
despite plus amid amidst following like unlike including against per via within upon throughout toward towards
across behind except whether once thus therefore perhaps maybe sadly unfortunately fortunately clearly obviously
notably later earlier recently finally again ultimately initially former acting
`);

/** Unnamed sources: "officials", "a source close to …", "people familiar with …". */
export const ANONYMOUS_HEADS = set(`
official officials source sources aide aides insider insiders person people someone somebody diplomat diplomats
spokesperson spokesman spokeswoman staffer staffers adviser advisers advisor advisors analyst analysts expert
experts observer observers witness witnesses resident residents employee employees member members investigators
investigator authorities officer officers lawmaker lawmakers individual individuals figure figures critics
users commenters readers locals neighbours neighbors insiders staff employees accounts voices
`);

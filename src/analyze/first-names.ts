// Common given names across languages: a name that starts with one is a person's, which keeps
// "Calder Water" or "Tallis Wire" from being taken for people. General knowledge, not any story's cast.
export const FIRST_NAMES = new Set(
  `aaron abby abdul abdullah abel abigail abraham ada adam adele adrian adriana agnes ahmad ahmed aida aiko aisha
alan albert alberto aleksandr alex alexander alexandra alexei alexis alfred ali alice alicia alina alison amal
amanda amber amelia amina amir amit amy ana anastasia anders andre andrea andreas andrei andres andrew andrzej
angela angelika angelo anita ann anna anne anneli annette anthony anton antonio anya arjun arnold arthur ashley
astrid aurelia ava axel barack barbara barry beatrice beatriz ben benjamin bernard bernie beth betty bill bjorn
blake bob bogdan boris brad bradley brandon brenda brian bridget brigitte bruce bruno bryan camila carl carla carlos
carmen carol caroline carolyn catherine cecilia celine chad charles charlie charlotte chelsea chen cheryl chloe
chris christian christina christine christopher chuck cindy claire clara claudia colin connor constance craig
cristina cynthia dahlia daisy dale dan dana daniel daniela danielle daria dario david dawn dean deborah debra denis
dennis derek diana diane diego dimitri dmitri dominic donald donna doris dorothy doug douglas dylan ed eddie edgar
edith eduardo edward eileen elaine elena eli elias elif elijah elisa elizabeth ella ellen elliot elsa emil emile
emily emma emmanuel eric erik erika ernst esther ethan eugene eva evan eve evelyn fabian farah fatima federico felix
fernando filip fiona frances francesca francis francisco frank franz fred frederick freya gabriel gabriela gary
gavin george georgia gerald gerhard gina giorgio giovanni giulia giuseppe glen glenn gloria gordon grace graham greg
gregory greta gustav hakan hamid hana hanna hannah hans harold harriet harry hassan hayden heather hector heidi
helen helena henrik henry herbert hilary hillary hiroshi holly howard hugh hugo hussein ian ibrahim igor ilya ina
ines inez ingrid irene iris irina isaac isabel isabella ismail ivan ivana jack jackie jacob jacqueline jake james jamie
jan jana jane janet janice jared jasmine jason javier jean jeb jeff jeffrey jenna jennifer jens jeremy jerome jerry
jessica jill jim jimmy joan joanna joe joel johan johann johanna john jon jonas jonathan jordan jorge jose josef
joseph josh joshua joy juan judith judy julia julian julie julio julius june justin kai kamala karen karim karin karl
kate katarina katherine kathleen kathryn katie katrin kay keith kelly ken kenji kenneth kevin khalid kim kimberly
kirsten klaus kurt kyle lara larry laura lauren laurent lawrence lea leah lee lena leo leon leonard leslie liam lila
lillian lina linda lindsay lindsey lisa liz lorenzo louis louise luca lucas lucia lucy luis luka lukas luke lydia
madeleine maggie magnus mai malik mandy manuel marc marcel marco marcus margaret margarethe maria marie marina mario
marion mark marko marta martha martin mary mateo mathias matt matteo matthew maureen max maxim maya megan mehmet
melanie melissa mia michael michaela michel michelle miguel mika mikhail milan miles mina mira miriam mitch mitchell
mohamed mohammad mohammed molly monica morgan muhammad nadia nancy naomi natalia natalie nathan neil nicholas nick
nicola nicolas nicole niels nikita nikolai nikolaus nils nina noah noel nora norman oleg olga oliver olivia omar
oscar oskar otto pablo pamela paola patricia patrick paul paula pavel pedro peggy penelope per peter petra phil
philip philippe pia pierre piotr priya rachel rafael ralph ramon rand randy raquel raul ray raymond rebecca reza
ricardo richard rick rita rob robert roberta roberto robin rodrigo roger roland roman ron ronald rosa rose ross ruby
rudolf rudy russell ruth ryan sabine sally sam samantha samir samuel sandra sara sarah sasha scott sean sebastian
sergei sergio seth shannon sharon shawn sheila shirley silvia simon simone sofia sonia sophia sophie stacy stan
stanley stefan stefanie stella stephanie stephen steve steven stuart susan susanne suzanne sven svetlana sylvia
takeshi tamara tanya tara ted teresa terry thea theo theodore theresa thomas tim timothy tina tobias todd tom tomas
tommy toni tony tracy travis trevor tyler ulrich ursula valentina valeria valerie vanessa vera veronica victor
victoria vikram vincent viktor violet vivian vladimir walter wang wei wendy werner william willie wolfgang xavier
yasmin yuki yuri yusuf yvonne zach zachary zoe zofia`.split(/\s+/),
);

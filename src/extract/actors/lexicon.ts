// Small closed word lists the actor finder needs beyond the gazetteer. Kept
// short on purpose: each list is there to decide one thing (is this a person's
// first name, a place-like word that ends a name, a word that names a role).

export type Gender = "m" | "f";

const MALE = `
Magomed Ignat Maksut Mintimer Shamil Irek Fedor Akylbek Albert Nurmagomed Murad Salavat Rasul Fernando Yerlan Heydar Alisher Fanil
Sergei Sergey Serhiy Serhii Vladimir Volodymyr Dmitry Dmitri Dmytro Alexander Aleksandr Alexandr Oleksandr Alexei Alexey Aleksei
Oleksii Oleksiy Andrei Andrey Andrii Andriy Pavel Pavlo Mikhail Mykhailo Yury Yuri Yuriy Igor Ihor Nikolai Nikolay Mykola Valery
Valeriy Viktor Victor Boris Maxim Maksim Anton Roman Oleg Denis Denys Kirill Kyrylo Ilya Konstantin Vasily Vasiliy Vyacheslav Yevgeny
Evgeny Yevgeniy Artur Murat Ramzan German Petr Pyotr Petro Mark Daniil Ruslan Gennady Leonid Grigory Stanislav Vadim Vadym Vitaly
Vitali Arkady Fyodor Timur Marat Rustam Ivan Nikita Georgy Matvei Mikheil Arseniy Arseny Anatoly Anatoliy Eduard Gleb Semyon Taras
Bogdan Bohdan Yaroslav Vladislav Vsevolod Zakhar Lev Filipp Leonid Kassym-Jomart Nursultan Ilham Nikol Shavkat Emomali Sadyr Serdar
Gurbanguly Vahagn Milorad Aleksandar Recep Tayyip Naftali Yair Benjamin Isaac Mahmoud Ebrahim Hassan Hossein Mohammad Mohammed
Mohamed Muhammad Salman Tamim Abdel Abdullah Bashar Ali Jair Alberto Nicolas Daniel Miguel Luiz Cyril Macky Joko Joao Abdelmadjid
Sauli Xavier Karl Jonas Emmanuel Olaf Frank-Walter Heiko Mario Sergio Luigi Giuseppe Matteo Pedro Josep Jens Charles Ursula Antonio
Joe Joseph Lloyd Antony Anthony Ned John James Michael David Robert William Richard Thomas George Donald Barack Mike Jake Jeffrey Kevin
Adam Steve Stephen Peter Paul Andrew Chuck Mitch Lindsey Ted Rand Bernie Justin Rishi Fumio Shinzo Narendra Imran Shehbaz Kurt Jean-Yves
Jean Jean-Luc Jean-Claude Francois Olivier Gerhard Helmut Dominic Ben Keir Tony Gordon Jacob Rex Marco Dan Chris Christopher Brian Eric
Scott Gustavo Alexis Kyriakos Mateusz Andrzej Zbigniew Gitanas Egils Edgars Alar Viktor Hakan Mevlut Ibrahim Sergiy Arsen Volodimir
Ramzan Faustin-Archange Ukhnaagiin Francesco Wolfgang Lukas Nikos Aleksander Tadeusz Janez Rumen Klaus Ferenc Petteri Pekka Gabriel
Pope Dmitriy Sergej Ahmed Khalid Hamad Sheikh Abdulaziz Reza Javad Hussein Fuad Aziz Yoshimasa Taro Yoshihide Hun Prayut Ferdinand
Rodrigo Andres Lula Fidel Raul Evo Hugo Daniel Salva Abiy Uhuru Paul Denis Felix Yoweri Nana Muhammadu Bola Emmerson Kais Abdelaziz
`;

const FEMALE = `
Maria Mariya Jen Jennifer Brittany Angela Tatyana Tatiana Olga Svetlana Elena Yelena Olena Anna Natalia Natalya Irina Iryna Ella
Veronika Alexandra Yulia Yuliya Larisa Galina Lyudmila Marina Ekaterina Yekaterina Valentina Lyubov Nadezhda Vera Darya Daria Polina
Kristina Oksana Inna Liudmyla Ursula Annalena Christine Kamala Hillary Nancy Linda Victoria Wendy Samantha Karine Elizabeth Liz
Theresa Kaja Jacinda Sanna Mette Magdalena Giorgia Roberta Frederica Federica Kersti Ingrida Zuzana Maia Salome Dilma Cristina Michelle
Condoleezza Madeleine Emily Sarah Susan Kate Catherine Anne Marie Amy Nikki Lisa Laura Julia Sophie Alice Mary Melania Jill Sviatlana
Svyatlana Sviatlana Ludmila Valentina Nataliya Marianna Lyudmyla Tetiana Iuliia Ilona
Margarita Viktoria Elvira Anastasia Asya Dina Kamila Diana Anya Bayarma Gulnuz Zokhra Yelizaveta Irada Guzel Eva Ksenia
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Lower-cased first name → gender. "Pope" and "Sheikh" are here so "Pope Francis" reads as a person. */
export const FIRST_NAMES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...words(MALE).map((w) => [w.toLowerCase(), "m"] as [string, Gender]),
  ...words(FEMALE).map((w) => [w.toLowerCase(), "f"] as [string, Gender]),
]);

/** Family names written first (Chinese, Korean, Vietnamese): "Xi Jinping", "Wang Yi", "Nguyen Xuan Phuc". */
export const FAMILY_FIRST = new Set(
  words("xi wang li zhang liu chen yang zhao huang zhou wu xu sun zhu hu guo lin gao luo zheng liang han qin kim yoon moon nguyen tran pham vo"),
);

/** Lower-case particles inside names: "Mohammed bin Zayed Al Nahyan", "Ursula von der Leyen". */
export const PARTICLES = new Set(words("bin ibn al el von van der den de da di du dos del la le ben abu"));

/**
 * Capitalised words that are never part of a person's name: a run of
 * capitalised tokens stops there ("Alexander Garden", "Murmansk Region").
 */
export const NON_NAME_WORDS = new Set(
  words(`
the a an this that these those there then he she it they we i you his her their our my its and or but of in on at to for from by with
as not no yes if when while after before since during until about according also however meanwhile moreover earlier later today
yesterday tomorrow mr mrs ms dr sir madam ladies gentlemen colleagues friends
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
region territory republic district oblast krai province state states federation kingdom union city island islands sea ocean river lake
mountain mount street square avenue prospekt garden park hall palace prize award medal order cup tournament festival forum summit
museum theatre theater cathedral church monastery bridge university institute academy school college hospital centre center
foundation fund plant factory station airport stadium arena bank company corporation group council committee commission ministry
department office agency service government parliament assembly duma senate congress court administration presidency kremlin
army navy forces force guard police party movement front bloc club society association federation chamber house
european western eastern northern southern central national international general soviet
news press media times post tass ria reuters afp ap interfax bloomberg cnn bbc twitter telegram facebook instagram youtube
staff st saint utilities housing construction emergencies communications transport agriculture healthcare health education science
culture sport sports energy industry trade labour labor justice finance economic economy development natural resources environment
ecology environmental protection defence defense civil digital affairs higher relations policy disaster relief situations foreign
directorate board bureau inspectorate authority holding enterprise games olympic paralympic day week year
treaty agreement accord convention charter declaration meeting session headquarters nations working research designer physician
cooperation partnership catholic orthodox academic ensemble
china india japan brazil germany france italy spain turkey iran iraq israel egypt syria saudi arabia emirates qatar kazakhstan uzbekistan
kyrgyzstan tajikistan turkmenistan azerbaijan armenia georgia moldova mongolia malaysia indonesia vietnam korea pakistan afghanistan
argentina venezuela cuba nicaragua mexico canada australia africa senegal algeria serbia hungary austria finland norway sweden poland
luxembourg belgium netherlands greece cyprus bosnia herzegovina palestine libya sudan ethiopia nigeria angola laos cambodia thailand
`),
);

/** Head words of roles a person holds; a role followed by a capitalised name marks that name as a person. */
export const ROLE_HEADS = new Set(
  words(`
president vice-president minister secretary spokesman spokeswoman spokesperson ambassador envoy governor mayor head chief chairman
chairwoman chairperson chair director deputy senator congressman congresswoman commissioner attaché attache general colonel admiral
commander leader king queen prince princess emir sultan sheikh pope patriarch ombudsman adviser advisor aide representative
prosecutor judge speaker chancellor premier counterpart colleague counsellor counselor consul diplomat officer member ceo
lieutenant major captain marshal patriarch metropolitan rector governor-general acting
`),
);

/** Titles that stand before a single given name: "Pope Francis", "King Salman". */
export const REGNAL = new Set(words("pope king queen prince princess emir sultan sheikh patriarch"));

/** Words that refer back to an actor already in focus ("the minister"), each with what it may refer to. */
export const ANAPHOR_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ["minister", /minister|secretary of (state|defen[cs]e)/],
  ["diplomat", /foreign|ambassador|envoy|diplomat|state-department|negotiator|high-representative|secretary-general/],
  ["president", /^president$/],
  ["spokesman", /spokes|press-secretary/],
  ["spokeswoman", /spokes|press-secretary/],
  ["spokesperson", /spokes|press-secretary/],
  ["secretary", /secretary|minister/],
  ["chancellor", /prime-minister|chancellor/],
  ["premier", /prime-minister/],
  ["ambassador", /ambassador/],
]);

/**
 * Surnames that are also ordinary words or places ("Austin" the city, "price"):
 * they count alone only after the person was named in the article or right after a title.
 */
export const AMBIGUOUS_SURNAMES = new Set(
  words(`
austin price rice bush brown young king green white black hill power burns love church cook may long little rich wolf fox bishop
ford lincoln jackson washington kerry sullivan rose wood woods stone street march english french german english hope grant bolton
nuland harris johnson turner miller baker carter bell walker hunter page paris victoria major truss moon
`),
);

/**
 * Verbs after which a sentence-initial ambiguous surname of someone the article has named is that
 * person: speech ("Price said") and what one person does to another ("Bolton accused", "Harris met").
 * No auxiliaries: "Power had been cut", "Price will rise".
 */
export const PERSON_VERBS = new Set(
  words(`
said says noted added stressed told stated emphasized emphasised recalled explained announced claimed warned urged insisted
met meets received receives hosted hosts welcomed spoke speaks phoned telephoned visited accused accuses criticised criticized
condemned praised thanked congratulated cancelled canceled proposed invited rejected blamed
`),
);

/** "Harris will meet", "Miller did not meet", "Austin had a telephone conversation": an auxiliary, then what a person does. */
export const AUXILIARIES = new Set(words("will would had has did does could should must can might"));
export const AFTER_AUXILIARY = new Set(
  words("meet speak talk hold host receive visit call phone accuse criticise criticize urge say tell discuss welcome thank propose cancel invite"),
);
/** What "had a" / "will have an" ... may name when a person is its subject. */
export const CONTACT_NOUNS = new Set(words("telephone phone meeting conversation call talk video"));

/**
 * Countries whose leader in the news is the head of government, not the head of
 * state ("the leaders of Germany, France and Italy" → Scholz, Macron, Draghi).
 */
export const LEADER_IS_HEAD_OF_GOVERNMENT = new Set(
  words("DE IT GB UK JP IN IL CA AU ES NL BE LU AT PL CZ HU GR SE NO DK IE PK AM GE NZ IQ SK SI HR EE LV LT PT MY TH MN BG"),
);

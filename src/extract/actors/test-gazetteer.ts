// A small inline gazetteer for unit tests: a few people whose offices change
// over time, so role references can be checked on dates.
import type { Article, Gazetteer } from "../../shared/types.js";
import { parseGazetteer } from "../gazetteer.js";
import { buildActorIndex, type ActorIndex } from "./actor-index.js";

const YAML = `
countries:
  - { code: US, names: [United States, US, Washington], adjectives: [American, US], institutions: { Pentagon: defence-minister, White House: president, State Department: foreign-minister } }
  - { code: RU, names: [Russia, Russian Federation, Moscow], adjectives: [Russian], institutions: { Kremlin: president, Kremlin spokesman: presidential-spokesperson } }
  - { code: UA, names: [Ukraine, Kiev, Kyiv], adjectives: [Ukrainian], institutions: {} }
  - { code: DE, names: [Germany], adjectives: [German], institutions: {} }
  - { code: FR, names: [France], adjectives: [French], institutions: {} }
  - { code: IT, names: [Italy], adjectives: [Italian], institutions: {} }
  - { code: LU, names: [Luxembourg], adjectives: [Luxembourgish], institutions: {} }
offices:
  - { key: president, titles: [President] }
  - { key: prime-minister, titles: [Prime Minister, Chancellor] }
  - { key: foreign-minister, titles: [Foreign Minister, Minister of Foreign Affairs, Secretary of State] }
  - { key: defence-minister, titles: [Defence Minister, Defense Secretary, Secretary of Defense] }
  - { key: deputy-foreign-minister, titles: [Deputy Foreign Minister] }
  - { key: presidential-spokesperson, titles: [Presidential Spokesman, press secretary] }
  - { key: foreign-ministry-spokesperson, titles: [Foreign Ministry spokeswoman] }
  - { key: state-department-spokesperson, titles: [State Department Spokesperson] }
people:
  - { key: trump, name: Donald Trump, aliases: [], affiliation: US, offices: [{ office: president, country: US, title: President, from: 2017-01-20, to: 2021-01-20 }] }
  - { key: biden, name: Joe Biden, aliases: [Joseph Biden], affiliation: US, offices: [{ office: president, country: US, title: President, from: 2021-01-20 }] }
  - { key: putin, name: Vladimir Putin, aliases: [], affiliation: RU, offices: [{ office: president, country: RU, title: President, from: 2012-05-07 }] }
  - { key: zelensky, name: Volodymyr Zelensky, aliases: [Volodymyr Zelenskyy, Zelenskyy], affiliation: UA, offices: [{ office: president, country: UA, title: President, from: 2019-05-20 }] }
  - { key: lavrov, name: Sergey Lavrov, aliases: [Sergei Lavrov], affiliation: RU, offices: [{ office: foreign-minister, country: RU, title: Foreign Minister, from: 2004-03-09 }] }
  - { key: blinken, name: Antony Blinken, aliases: [Anthony Blinken], affiliation: US, offices: [{ office: foreign-minister, country: US, title: Secretary of State, from: 2021-01-26 }] }
  - { key: kuleba, name: Dmytro Kuleba, aliases: [Dmitry Kuleba], affiliation: UA, offices: [{ office: foreign-minister, country: UA, title: Foreign Minister, from: 2020-03-04 }] }
  - { key: austin, name: Lloyd Austin, aliases: [], affiliation: US, offices: [{ office: defence-minister, country: US, title: Secretary of Defense, from: 2021-01-22 }] }
  - { key: reznikov, name: Oleksii Reznikov, aliases: [], affiliation: UA, offices: [{ office: defence-minister, country: UA, title: Defence Minister, from: 2021-11-04 }] }
  - { key: taran, name: Andrii Taran, aliases: [Andrey Taran], affiliation: UA, offices: [{ office: defence-minister, country: UA, title: Defence Minister, from: 2020-03-04, to: 2021-11-04 }] }
  - { key: peskov, name: Dmitry Peskov, aliases: [], affiliation: RU, offices: [{ office: presidential-spokesperson, country: RU, title: Presidential Spokesman, from: 2012-05-22 }] }
  - { key: zakharova, name: Maria Zakharova, aliases: [], affiliation: RU, offices: [{ office: foreign-ministry-spokesperson, country: RU, title: Foreign Ministry Spokeswoman, from: 2015-08-10 }] }
  - { key: price, name: Ned Price, aliases: [], affiliation: US, offices: [{ office: state-department-spokesperson, country: US, title: State Department Spokesperson, from: 2021-01-20 }] }
  - { key: scholz, name: Olaf Scholz, aliases: [], affiliation: DE, offices: [{ office: prime-minister, country: DE, title: Chancellor, from: 2021-12-08 }] }
  - { key: merkel, name: Angela Merkel, aliases: [], affiliation: DE, offices: [{ office: prime-minister, country: DE, title: Chancellor, from: 2005-11-22, to: 2021-12-08 }] }
  - { key: macron, name: Emmanuel Macron, aliases: [], affiliation: FR, offices: [{ office: president, country: FR, title: President, from: 2017-05-14 }] }
  - { key: draghi, name: Mario Draghi, aliases: [], affiliation: IT, offices: [{ office: prime-minister, country: IT, title: Prime Minister, from: 2021-02-13, to: 2022-10-22 }] }
  - { key: mattarella, name: Sergio Mattarella, aliases: [], affiliation: IT, offices: [{ office: president, country: IT, title: President, from: 2015-02-03 }] }
  - { key: bettel, name: Xavier Bettel, aliases: [], affiliation: LU, offices: [{ office: prime-minister, country: LU, title: Prime Minister, from: 2013-12-04 }] }
`;

export const testGazetteer: Gazetteer = parseGazetteer(YAML, "test-gazetteer.yaml");
export const testIndex: ActorIndex = buildActorIndex(testGazetteer);

export function article(text: string, date: string | null = "2022-02-15", title = ""): Article {
  return { id: "t", title, date, url: null, source: "t.txt", text };
}

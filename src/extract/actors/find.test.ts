import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareArticle } from "../prepare.js";
import type { Mention } from "../../shared/types.js";
import { findActors, oneLetterApart } from "./find.js";
import { discoveredKey } from "./names.js";
import { buildActorIndex } from "./actor-index.js";
import { parseGazetteer } from "../gazetteer.js";
import { article, testIndex } from "./test-gazetteer.js";
import { TokenTrie } from "./trie.js";
import { tokenizeString } from "./tokens.js";

function find(text: string, date: string | null = "2022-02-15") {
  return findActors(prepareArticle(article(text, date)), testIndex);
}
const actors = (text: string, date?: string | null): string[] => find(text, date).mentions.map((m) => m.actor);
const mentionOf = (ms: Mention[], surface: string): Mention | undefined => ms.find((m) => m.surface === surface);

describe("token trie", () => {
  it("finds the longest phrase and respects case", () => {
    const trie = new TokenTrie<string>();
    trie.add(["US"], "country", true);
    trie.add(["US", "Department", "of", "Defense"], "institution", true);
    trie.add(["Foreign", "Minister"], "title", false);
    const toks = tokenizeString("the US Department of Defense and us and the foreign minister");
    expect(trie.longest(toks, 1)).toEqual({ end: 5, values: ["institution"] });
    expect(trie.longest(toks, 6)).toBeNull(); // "us" is not "US"
    expect(trie.longest(toks, 9)).toEqual({ end: 11, values: ["title"] });
  });
});

describe("names and aliases", () => {
  it("matches full names, aliases and a later surname as one person", () => {
    const r = find("Russian diplomat Sergei Lavrov arrived. Later Lavrov spoke to Joseph Biden.");
    expect(r.mentions.map((m) => [m.actor, m.via])).toEqual([
      ["lavrov", "name"],
      ["lavrov", "surname"],
      ["biden", "name"],
    ]);
  });

  it("reads a known surname with two neighbouring letters swapped as that person, after a role or their first name", () => {
    // Kremlin, 2022-02: "This legislation was withdrawn at President Zelesnky's initiative."
    const r = find("This legislation was withdrawn at President Zelesnky's initiative.");
    expect(r.mentions.map((m) => [m.actor, m.via, m.surface])).toEqual([["zelensky", "surname", "Zelesnky"]]);
    expect(r.discovered).toEqual([]);
    expect(actors("Foreign Minister Lavorv met the press.")).toEqual(["lavrov"]);
    expect(actors("Volodymyr Zelesnky spoke.")).toEqual(["zelensky"]);
    // Someone else's first name, no role, or a letter changed rather than swapped (Zelinsky is a surname of its own): not Zelensky.
    expect(actors("Dmitry Zelesnky spoke.")).not.toContain("zelensky");
    expect(actors("Later Zelesnky spoke.")).not.toContain("zelensky");
    expect(actors("President Zelinsky spoke.")).not.toContain("zelensky");
  });

  it("reads a surname one letter lost, added or changed, after the person's own first name, as that person", () => {
    // Kremlin: "Olaf Scholtz expressed concern", "Naftali Bennet", "Vyacheslav Volodi n" (a stray space).
    expect(actors("Olaf Scholtz expressed concern.")).toEqual(["scholz"]);
    expect(actors("Antony Blinkin spoke.")).toEqual(["blinken"]);
    expect(actors("Dmitry Pesko v said so.")).toEqual(["peskov"]);
    expect(find("Sergey Lavro arrived.").mentions.map((m) => [m.actor, m.via, m.surface])).toEqual([["lavrov", "name", "Sergey Lavro"]]);
    // Another first name, a role alone, two letters off, or the feminine form of a surname: someone else.
    expect(actors("Joseph Scholtz spoke.")).not.toContain("scholz");
    expect(actors("Chancellor Scholtz spoke.", "2022-02-15")).not.toContain("scholz");
    expect(actors("Olaf Schultze spoke.")).not.toContain("scholz");
    expect(actors("Maria Zakharov spoke.")).not.toContain("zakharova");
  });

  it("tells one letter apart from more, and from a feminine ending", () => {
    expect(oneLetterApart("bennet", "bennett")).toBe(true);
    expect(oneLetterApart("scholtz", "scholz")).toBe(true);
    expect(oneLetterApart("berdymuhamedov", "berdimuhamedov")).toBe(true);
    expect(oneLetterApart("volodi", "volodin")).toBe(true);
    expect(oneLetterApart("scholz", "scholz")).toBe(false);
    expect(oneLetterApart("schultze", "scholz")).toBe(false);
    expect(oneLetterApart("popova", "popov")).toBe(false);
    expect(oneLetterApart("popov", "popova")).toBe(false);
  });

  it("reads a first-name variant before a known surname as that person", () => {
    expect(actors("Andriy Taran met the press.", "2021-06-01")).toEqual(["taran"]);
  });

  it("takes 'Austin' the city for a place until Lloyd Austin is named", () => {
    expect(actors("The delegation flew to Austin, Texas.")).toEqual([]);
    expect(actors("Lloyd Austin arrived. Reporters met Austin at the airport.")).toEqual(["austin", "austin"]);
  });

  it("takes 'Price' for a person only after Ned Price, and not as a noun opening a sentence", () => {
    expect(actors("Price rises worry Moscow. The talks went on, as per Price.")).toEqual([]);
    expect(actors("Ned Price spoke. Price controls were lifted. He added more, as per Price.")).toEqual(["price", "price", "price"]);
  });

  it("takes an ambiguous surname opening a sentence for the person named before when they speak or act", () => {
    expect(actors("Ned Price spoke. Price accused Sergey Lavrov of lying.")).toEqual(["price", "price", "lavrov"]);
    expect(actors("Lloyd Austin arrived. Austin met with Sergey Lavrov.")).toEqual(["austin", "austin", "lavrov"]);
    expect(actors("Ned Price spoke. Price will meet Sergey Lavrov.")).toEqual(["price", "price", "lavrov"]);
    expect(actors("Ned Price spoke. Price did not meet Sergey Lavrov.")).toEqual(["price", "price", "lavrov"]);
    expect(actors("Ned Price spoke. Price had a telephone conversation with Sergey Lavrov.")).toEqual(["price", "price", "lavrov"]);
    expect(actors("Ned Price spoke. Price and Sergey Lavrov held talks.")).toEqual(["price", "price", "lavrov"]);
    // Not an auxiliary alone, nor "a" before anything but a contact: "Price will rise" is about prices, whoever was named.
    expect(actors("Ned Price spoke. Price will rise again.")).toEqual(["price"]);
    expect(actors("Ned Price spoke. Price had a strong effect.")).toEqual(["price"]);
    expect(actors("Ned Price spoke. Price and quality matter.")).toEqual(["price"]);
  });
});

describe("roles on the article's date", () => {
  it("resolves 'the US president' to Trump in 2020 and Biden in 2022", () => {
    expect(actors("The US president spoke.", "2020-06-01")).toEqual(["trump"]);
    expect(actors("The US president spoke.", "2022-06-01")).toEqual(["biden"]);
    expect(actors("The talks were led by the President of the United States.", "2020-06-01")).toEqual(["trump"]);
  });

  it("resolves offices named through institutions, countries and titles", () => {
    expect(actors("Yesterday the head of the Pentagon arrived.")).toEqual(["austin"]);
    expect(actors("The Kremlin spokesman said no.")).toEqual(["peskov"]);
    expect(actors("Talks with Ukrainian Foreign Minister went on.")).toEqual(["kuleba"]);
    expect(actors("He called the Prime Minister of Luxembourg.")).toEqual(["bettel"]);
    expect(actors("Blinken met the President of Ukraine.")).toEqual(["blinken", "zelensky"]);
  });

  it("gives one mention per leader in 'the leaders of Germany, France and Italy'", () => {
    const r = find("Talks between the leaders of Germany, France and Italy ended.");
    expect(r.mentions.map((m) => m.actor).sort()).toEqual(["draghi", "macron", "scholz"]);
    // Before Scholz took office the German leader was Merkel.
    expect(actors("Talks between the leaders of Germany and France ended.", "2021-06-01").sort()).toEqual(["macron", "merkel"]);
  });

  it("leaves roles alone in a sentence about an earlier year", () => {
    expect(actors("The deal was reached by the leaders of Germany and France in February 2015.")).toEqual([]);
  });

  it("counts a role followed by a name once, as the named person", () => {
    const r = find("Russian Foreign Minister Sergei Lavrov said so.");
    expect(r.mentions).toHaveLength(1);
    expect(r.mentions[0]).toMatchObject({ actor: "lavrov", via: "name", surface: "Sergei Lavrov" });
  });

  it("resolves 'his Ukrainian counterpart' to the holder of the subject's office in Ukraine", () => {
    expect(actors("Lloyd Austin arrived in Kiev, where he met with his Ukrainian counterpart.", "2022-02-01")).toEqual(["austin", "reznikov"]);
    expect(actors("Lloyd Austin arrived in Kiev, where he met with his Ukrainian counterpart.", "2021-10-19")).toEqual(["austin", "taran"]);
  });

  it("resolves 'my French counterpart' in a transcript to the counterpart of the one whose turn it is", () => {
    // Kremlin, 2022-02-21: Putin's French counterpart; and He, in the next sentence of his turn, is Macron, not Putin.
    const r = find("Vladimir Putin: As I have already mentioned, yesterday I spoke with my French counterpart once again. He claims that Kiev is ready.");
    expect(r.mentions.map((m) => [m.actor, m.surface])).toEqual([
      ["putin", "Vladimir Putin"],
      ["macron", "my French counterpart"],
      ["macron", "He"],
    ]);
    // With no turn under way, nobody: whose counterpart is unknown.
    expect(actors("Yesterday I spoke with my French counterpart once again.")).toEqual([]);
    // A label with a transcriber's note; a chancellor's French counterpart is the French leader, the President.
    expect(actors("Olaf Scholz(retranslated): You have already spoken with my French counterpart.")).toEqual(["scholz", "macron"]);
  });

  it("resolves 'the country's President' to the country in focus", () => {
    expect(actors("Lloyd Austin arrived in Ukraine. Later he met the country's President.")).toEqual(["austin", "zelensky"]);
  });
});

describe("coreference within an article", () => {
  it("resolves a sentence-initial He to the first actor of the previous sentence", () => {
    const r = find("A day earlier, Russian Foreign Minister Sergei Lavrov said that Kiev was wrong. He noted the situation.");
    expect(mentionOf(r.mentions, "He")).toMatchObject({ actor: "lavrov", via: "anaphor", sentence: 1 });
  });

  it("does not resolve He to the speaker labelling the turn, who says I", () => {
    // Kremlin, 2022-06-30: "Vladimir Putin: Mr Lukashenko does not need ... He is a big boss himself."
    const r = find("Vladimir Putin: Sergey Lavrov does not need anyone to promote him. He is a big boss himself.");
    expect(mentionOf(r.mentions, "He")?.actor).toBe("lavrov");
    // The speaker alone: nobody.
    const r2 = find("Vladimir Putin: I talked to the head of the institute. He told me the answer.");
    expect(mentionOf(r2.mentions, "He")).toBeUndefined();
  });

  it("skips actors of the other gender for He/She", () => {
    const r = find("Maria Zakharova answered Joe Biden. She said the claims were false.");
    expect(mentionOf(r.mentions, "She")?.actor).toBe("zakharova");
    const r2 = find("Maria Zakharova answered Joe Biden. He said the claims were false.");
    expect(mentionOf(r2.mentions, "He")?.actor).toBe("biden");
  });

  it("resolves 'the minister' and 'the diplomat' to the latest actor with a fitting role", () => {
    const r = find("Joe Biden spoke. Sergei Lavrov replied to Maria Zakharova. The minister also stressed his point.");
    expect(mentionOf(r.mentions, "The minister")?.actor).toBe("lavrov");
    const r2 = find("This was said by Sergei Lavrov. The diplomat called the statement by Joe Biden false. He pointed out more.");
    expect(mentionOf(r2.mentions, "The diplomat")?.actor).toBe("lavrov");
    expect(mentionOf(r2.mentions, "He")?.actor).toBe("lavrov");
  });
});

describe("people not in the gazetteer", () => {
  it("discovers people by first names common in the Kremlin's transcripts", () => {
    // Each was named dozens of times there and read as nobody: Margarita Simonyan 57 times.
    expect(find("Margarita Simonyan said so. Irek Fayzullin agreed. Akylbek Japarov spoke.").mentions.map((m) => m.actor)).toEqual([
      "margarita-simonian",
      "irek-fayzullin",
      "akylbek-japarov",
    ]);
  });

  it("does not read a thing named after someone as that person, whose surname was seen before", () => {
    // Kremlin, 2022-01-18: the competitions, not the composer, were spoken of.
    const r = find("Sergei Rachmaninoff wrote music. Since the Tchaikovsky competition is respected, the newly established Rachmaninoff competition will help. Rachmaninoff said so.");
    expect(r.mentions.map((m) => m.surface)).toEqual(["Sergei Rachmaninoff", "Rachmaninoff"]);
    expect(r.mentions[1]!.start).toBeGreaterThan(130);
  });

  it("discovers a role followed by a name, with the role and its country", () => {
    const r = find("Russian Deputy Foreign Minister Alexander Grushko said so. Later Grushko added more.");
    expect(r.discovered).toEqual([
      {
        key: "alexander-grushko",
        label: "Alexander Grushko",
        role: "Russian Deputy Foreign Minister",
        affiliation: "RU",
        surfaces: ["Alexander Grushko", "Grushko"],
      },
    ]);
    expect(r.mentions.map((m) => m.actor)).toEqual(["alexander-grushko", "alexander-grushko"]);
  });

  it("reads one person spelt two ways in an article as one discovered actor", () => {
    const r = find("Conductor Valery Gergiyev opened the festival. Valery Gergiev thanked the guests. Gergiev left.");
    expect(r.discovered.map((d) => [d.label, d.surfaces])).toEqual([["Valery Gergiyev", ["Gergiev", "Valery Gergiev", "Valery Gergiyev"]]]);
    expect(new Set(r.mentions.map((m) => m.actor))).toEqual(new Set([discoveredKey("Valery Gergiev")]));
    expect(r.mentions).toHaveLength(3);
  });

  it("keeps the plain slug when the folded name is a gazetteer key, so a stranger never becomes that person", () => {
    const yaml = `
countries:
  - { code: RU, names: [Russia], adjectives: [Russian], institutions: {} }
offices:
  - { key: president, titles: [President] }
people:
  - { key: valeri-zorkin, name: Ivan Someone, aliases: [], affiliation: RU, offices: [] }
`;
    const index = buildActorIndex(parseGazetteer(yaml, "collision.yaml"));
    const r = findActors(prepareArticle(article("Conductor Valery Zorkin opened the festival.")), index);
    expect(discoveredKey("Valery Zorkin")).toBe("valeri-zorkin");
    expect(r.discovered.map((d) => d.key)).toEqual(["valery-zorkin"]);
  });

  it("finds the name inside a long role complement, and the posting place is not the affiliation", () => {
    const r = find("The American delegation headed by the military attaché in Kiev Brittany Stewart visited Donbass.");
    expect(r.discovered[0]).toMatchObject({ key: discoveredKey("Brittany Stewart"), role: "military attaché in Kiev", affiliation: "US" });
    const r2 = find("Meeting with Governor of Murmansk Region Andrei Chibis.");
    expect(r2.discovered[0]).toMatchObject({ label: "Andrei Chibis", role: "Governor of Murmansk Region" });
    const r3 = find("He called President of Mongolia Ukhnaagiin Khurelsukh.");
    expect(r3.discovered[0]).toMatchObject({ label: "Ukhnaagiin Khurelsukh", affiliation: null });
  });

  it("discovers a known first name with a surname, and family-name-first names", () => {
    const r = find("Talks with Xi Jinping and Wang Yi followed. Pavel Durov was not there.");
    expect(r.discovered.map((d) => d.label)).toEqual(["Pavel Durov", "Wang Yi", "Xi Jinping"]);
  });

  it("reads a middle initial as part of a discovered name, not as its end", () => {
    // Kremlin, 2021-12: "... Silvio Berlusconi, George W. Bush, Robert Kocharian ..." made a node "George W".
    const r = find("Greetings went to George W. Bush, Robert Kocharian and John F. Kennedy Jr. in turn. Later Bush replied.");
    expect(r.discovered.map((d) => d.label)).toEqual(["George W. Bush", "John F. Kennedy Jr", "Robert Kocharian"]);
    expect(r.mentions.filter((m) => m.actor === discoveredKey("George W. Bush")).map((m) => m.surface)).toEqual(["George W. Bush", "Bush"]);
    // The initial ends the name when no name word follows it, or when another name starts there.
    expect(find("She spoke with Maria S. about it.").discovered.map((d) => d.label)).toEqual(["Maria S"]);
    expect(find("He met Anna K. Vladimir Putin said so.").discovered.map((d) => d.label)).toEqual(["Anna K"]);
  });

  it("does not take photo credits, bylines, places, months or organisations for people", () => {
    const text = [
      "AP / Jonathan Knoxstrand – A file photo shows the border.",
      "AFP / Anatoly Stepanov – Fighters take part in exercises.",
      "Unclassified picture Alexei Navalny/Reuters shows a camp.",
      "The Normandy Four met near the Black Sea in March while the White House waited.",
      "Wreaths were laid in the Alexander Garden.",
    ].join("\n\n");
    expect(find(text).mentions).toEqual([]);
    expect(find(text).discovered).toEqual([]);
  });
});

describe("people who are not current actors", () => {
  const discovered = (text: string): string[] => find(text).discovered.map((d) => d.key);

  it("drops someone the article commemorates, in all of their mentions", () => {
    expect(discovered("Protesters overturned a monument to Vladimir Lenin. Vladimir Lenin created that state.")).toEqual([]);
    expect(discovered("He marked the 125th birthday of Georgy Zhukov. Georgy Zhukov was a great commander.")).toEqual([]);
    expect(discovered("Putin visited the museum to mark Fyodor Dostoevsky's 200 birth anniversary. Fyodor Dostoevsky lived here.")).toEqual([]);
    expect(discovered("The festival cherishes the memory of Yury Gagarin. Yury Gagarin flew first.")).toEqual([]);
    expect(discovered("Condolences on the death of Vladimir Naumov. Vladimir Naumov was a film director.")).toEqual([]);
    // The rule is about the context, not the name: a living person's birthday is news.
    expect(discovered("He marked the 70th birthday of Georgy Zhukov.")).toEqual([discoveredKey("Georgy Zhukov")]);
  });

  it("drops authors quoted through their works", () => {
    expect(discovered("Alexander Pushkin wrote in his poem that now academic, now hero.")).toEqual([]);
    expect(discovered("We read Alexander Pushkin's poems at school.")).toEqual([]);
    expect(discovered("They study the legacy of Dmitry Likhachev.")).toEqual([]);
    expect(discovered("As Mark Twain wrote, the reports of my death are greatly exaggerated.")).toEqual([]);
    expect(discovered("In Greece we remember Alexander Pushkin who praised the revolution.")).toEqual([]);
  });

  it("drops someone a sentence places in a century before the 20th", () => {
    expect(discovered("The church was funded by the 18th century commander Alexander Suvorov. Alexander Suvorov died later.")).toEqual([]);
    expect(discovered("In the 21st century, Alexander Tarakanov builds rockets.")).toEqual(["alexander-tarakanov"]);
  });

  it("does not discover someone from a sentence about a generation or more before the article", () => {
    // The article is dated 2022-02-15.
    expect(discovered("In 1963, the Vostok 5 spaceship was piloted by Valery Bykovsky.")).toEqual([]);
    expect(discovered("In 2005, the plant was run by Valery Bykovsky.")).toEqual([discoveredKey("Valery Bykovsky")]);
    // A known actor's past still counts: only new names are held back.
    expect(actors("In 1963, Vladimir Putin was a boy.")).toEqual(["putin"]);
    expect(discovered("Back in 1918, an aide to US President Woodrow Wilson said so.")).toEqual([]);
    expect(discovered("The first manned flight to space, by Yury Gagarin, 61 years ago ushered in a new era.")).toEqual([]);
    expect(discovered("The plant, run by Yury Gagarin, opened 6 years ago.")).toEqual([discoveredKey("Yury Gagarin")]);
  });

  it("reads a name followed by what is named after it as that thing", () => {
    expect(discovered("Greetings on opening of the 20th Yury Ozerov International Military Film Festival.")).toEqual([]);
    expect(discovered("He directs the Alexander Solzhenitsyn House of Russia Abroad.")).toEqual([]);
  });

  it("reads a ship named after a person as a ship, but keeps its captain", () => {
    expect(discovered("The flag was raised on the ferry Marshal Rokossovsky.")).toEqual([]);
    expect(discovered("The Marshal Rokossovsky ferry sailed.")).toEqual([]);
    expect(discovered("Another ferry will be named in honour of General Chernyakhovsky.")).toEqual([]);
    expect(discovered("Captain of the Marshal Rokossovsky vessel Alexander Vangonen reported.")).toEqual(["alexander-vangonen"]);
  });

  it("never takes a word that cannot be a surname for a name after a title", () => {
    expect(discovered("The President met with General Designer of Almaz-Antey.")).toEqual([]);
    expect(discovered("We marked the anniversary of the major Russia-China Treaty on Good-Neighbourliness.")).toEqual([]);
    expect(discovered("Greetings to the Academy's General Meeting. The General Headquarters planned it.")).toEqual([]);
    expect(discovered("He met Roman Catholic bishops.")).toEqual([]);
  });

  it("does not record a form of address as the role of the speaker who follows it", () => {
    const r = find("Alexander Yunashev: Good afternoon, Mr President, Alexander Yunashev, Life.");
    expect(r.discovered).toMatchObject([{ key: "alexander-yunashev", role: null }]);
    expect(find("Governor Andrei Chibis spoke.").discovered).toMatchObject([{ key: "andrei-chibis", role: "Governor" }]);
    expect(find("He met the President of the Chamber of Commerce, Mr Vincenzo Trani.").discovered).toMatchObject([
      { key: "vincenzo-trani", role: "President of the Chamber of Commerce" },
    ]);
  });
});

describe("robustness", () => {
  it("never throws and keeps every mention inside the text and its sentence", () => {
    const words = fc.constantFrom(
      "Sergei", "Lavrov", "He", "She", "the", "US", "president", "President", "of", "Ukraine", "head", "Pentagon", "minister",
      "Austin", "Price", "/", "AP", "–", ",", ".", "\n\n", "Xi", "Jinping", "his", "Ukrainian", "counterpart", "leaders", "and",
      "Germany", "’s", "country", "2015", "ex-Minister", "Governor", "Brittany", "Stewart", "é", "\u00a0",
    );
    const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(texts, fc.constantFrom("2020-06-01", "2022-02-15", null), (text, date) => {
        const prepared = prepareArticle(article(text, date));
        const { mentions } = findActors(prepared, testIndex);
        for (const m of mentions) {
          const s = prepared.sentences[m.sentence];
          expect(s).toBeDefined();
          expect(m.start).toBeGreaterThanOrEqual(s!.start);
          expect(m.end).toBeLessThanOrEqual(s!.end);
          expect(m.end).toBeLessThanOrEqual(prepared.norm.text.length);
          expect(prepared.norm.text.slice(m.start, m.end)).toBe(m.surface);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

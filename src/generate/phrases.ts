// Word lists the article templates draw from. Plain news vocabulary, so the
// generated text exercises the same paths as real reports (quotes, dates,
// places, boilerplate) rather than a toy grammar.

export const CITIES = [
  "Geneva", "Vienna", "Brussels", "Moscow", "Kyiv", "Washington", "Berlin", "Paris", "Istanbul", "Ankara",
  "Minsk", "Beijing", "New Delhi", "Helsinki", "Stockholm", "Warsaw", "Rome", "London", "Tbilisi", "Astana",
];

export const PLACES = ["the Kremlin", "the White House", "the Elysee Palace", "the foreign ministry", "the sidelines of the summit", "a hotel in the city centre"];

export const TOPICS = [
  "European security", "the situation in Donbass", "gas supplies", "arms control", "the Iran nuclear deal",
  "sanctions", "grain exports", "the Black Sea", "NATO enlargement", "cyber security", "prisoner exchanges",
  "the Minsk agreements", "energy prices", "strategic stability", "humanitarian corridors", "climate change",
];

export const SUMMITS = ["G20 summit", "OSCE ministerial council", "UN General Assembly", "Munich Security Conference", "NATO summit", "BRICS summit"];

export const QUOTES = [
  "we are ready for dialogue, but not at the expense of our security",
  "the door to diplomacy remains open",
  "there can be no military solution to this conflict",
  "these demands are simply unacceptable",
  "we expect concrete answers, not general words",
  "the situation remains extremely tense",
  "we will continue to support our partners",
  "nobody wants a new war in Europe",
];

export const ACCUSATIONS = [
  "escalating tensions along the border",
  "ignoring the concerns of its neighbours",
  "spreading disinformation",
  "undermining the ceasefire",
  "blocking humanitarian aid",
];

/** Sentences that name nobody: the bulk of real reports, and what the extractor must wade through. */
export const BACKGROUND = [
  "The conflict in the region has been going on since 2014 and has claimed more than 14,000 lives.",
  "Observers say that the talks are unlikely to produce a breakthrough in the near future.",
  "Energy prices in Europe rose sharply over the winter, adding pressure on governments.",
  "The ministry did not respond to a request for comment by the time of publication.",
  "Several rounds of consultations have taken place over the past months without visible progress.",
  "According to diplomatic sources, the parties agreed to continue contacts at the expert level.",
  "Military exercises near the border were extended for another week, the defence ministry said.",
  "Markets reacted calmly to the news, with the currency trading flat against the dollar.",
  "The statement stressed the importance of respecting the principles of the UN Charter.",
  "Humanitarian organisations warned of shortages of food and medicine in several cities.",
  "The negotiations were held behind closed doors and lasted for more than three hours.",
  "The agenda also included questions of trade, transport links and cultural exchanges.",
  "Experts note that the sanctions have so far had a limited effect on the economy.",
  "A joint statement is expected to be published after the consultations.",
  "The previous round of talks ended without an agreement on the key issues.",
];

export const BOILERPLATE = ["Related Posts", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Share this article", "Subscribe to our newsletter"];

export const OUTLETS = ["Interfax", "TASS", "Reuters", "RBC", "Ukrinform", "Ru-Main", "Kyiv Post", "Russia Herald"];

export const HOSTS = ["www.russiaherald.com", "news.example.org", "www.worldwire.net", "eurasia-daily.example.com"];

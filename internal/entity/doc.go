// Package entity finds the actors (people, organisations, states) and the
// place of each sentence of an article, normalised within the article, and
// matches actors against user queries and across articles.
//
// AnalyzeDoc takes an article and works a sentence out when it is first
// asked about, so that a caller that wants a few sentences of a long
// article does not pay for the rest: the sentence is tokenized once, its
// mentions read with lookups in word lists (no regular expressions), the
// people it names resolved across the article (in the sentences that have
// their surnames), and its actors in order of first mention, its place and
// its venue kept. An Article is therefore not safe for concurrent use.
// Article.Kind classifies a sentence with package kind, giving it the venue
// so that a meeting is a visit, a meeting at a third location or a
// consultation, and leaving out the words of the organisations' names of
// two words or more it found: "the UN Relief and Works Agency said" is a
// statement, not aid.
//
// # Data
//
// The word lists are data files embedded in the binary (data/):
//
//   - countries.txt: states with their aliases and acronyms ("Russian
//     Federation", "U.S."), demonyms ("Russian") and capitals ("Moscow").
//   - orgs.txt: organisations with aliases and acronyms ("United Nations",
//     "U.N.", "UN"), armed groups, government bodies with their state
//     ("Kremlin": Russia, "State Department": United States), and large
//     companies ("Meta", "Nvidia").
//   - places.txt: cities, provinces (US states with AP abbreviations) and
//     regions, with their state.
//   - titles.txt: titles ("Secretary of State", "foreign minister", "Sen."),
//     envoy titles, honorifics ("Mr."), body nouns ("government", "troops"),
//     role modifiers ("former", "senior") and portfolios ("Foreign Affairs").
//   - given_names.txt: given names of many languages, family names that
//     come first ("Xi", "Hun") and surnames the news names people by alone
//     ("Lavrov"): evidence that a name is a person's.
//   - words.txt: capitalised words that are no names ("The", "But",
//     "Officials"), months and weekdays, name particles ("de", "bin", "al"),
//     organisation and facility words ("Front", "Council", "Hotel"), topic
//     nouns, verbs, prepositions.
//
// Names are matched on whole words and case-sensitively ("US" is not "us",
// "WHO" not "who"); titles and word lists case-insensitively.
//
// # Actors
//
// An Actor has a Type: "person", "organization" or "state".
//
// People. A person is a run of capitalised words, with particles inside or
// before it ("Staffan de Mistura", "Osama bin Laden", "de Mistura",
// "Bashar al-Assad"), whose words are not common capitalised words, months,
// weekdays, listed names or titles. The Role comes from a title phrase
// before the name: optional modifiers ("former", states, demonyms,
// organisations, possessives: "US", "Russian", "U.N.'s", "Russia's"), a
// title, and an optional complement ("ambassador to the United Nations"):
// "US Secretary of State John Kerry" is John Kerry, "US Secretary of State".
// It also comes from an appositive after the name ("Staffan de Mistura, the
// U.N.'s Syria envoy," gives "U.N. Syria envoy"; an unlisted acronym
// first is an organisation's: "the TPLF chairman") or before it ("Russia's
// foreign minister, Sergei Lavrov," gives "Russian foreign minister": a
// possessive state becomes its demonym). Honorifics ("Mr. Kerry") give no
// role. A lone capitalised word that starts a sentence is a person only if
// the article names that person elsewhere, or a reporting verb follows
// ("Lavrov said"), or a possessive ("Lavrov's"), or another name ("Kerry and
// Lavrov"), or a verb of travel and the word is no plural ("Lavrov
// visited", "Putin arrived"; not "Inspectors visited"): "Successive rounds"
// names nobody. A name right after "the" or
// "a" is no person ("the Olympics", "the Patterson group"). In a sentence
// written in title case ("Talks Resume In Geneva After Long Pause") only
// names known from the rest of the article count.
//
// A regnal number ends a name ("King Abdullah II", "Louis XVI's"), and a
// state after a title and a name is the role's ("King Abdullah II of
// Jordan": role "King of Jordan", no actor Jordan). A Roman number is a
// regnal number only after a title that takes a given name ("King Mswati
// III"), a name that rulers take ("Louis XVI", "John Paul II": [regnal-name]
// of words.txt) or, II to IV, a full name ("Joseph P. Kennedy III"); after
// any other word, or a listed place, the words name a thing and no actor:
// "Title IX", "Apollo XI", "Super Bowl XL", "Vatican II", "Minsk II". So
// does a run of capitalised words that starts with an accord or an event
// and "of" ("the Treaty of Alliance", which ends like an organisation).
//
// A wire dateline that starts a sentence ("KYIV, May 15 (Reuters) -",
// "GAZA (AP) —") names no actor. A lone unlisted name after "from", "into"
// or "across" ("withdrew from Vovchansk") is a person only if the article
// names that person elsewhere or it is possessive; after "to" it is one
// ("a letter to Putin"). An appositive name may have a title of its own
// when the role before it has a state or organisation: "Qatar's emir,
// Sheikh Tamim bin Hamad Al Thani," is Tamim bin Hamad Al Thani, role
// "Qatari emir".
//
// Capitalised words before a lowercase word of [party] of words.txt are
// an organisation ("the Georgian Dream party", "Likud party"). A lone name
// before a body noun is a people's adjective ("Tigrayan forces") unless the
// article names that person ("Assad forces"); a single letter is no name
// ("S&P 500", "C$8.5 million").
//
// Acronyms and first words. An unlisted acronym is the organisation whose
// initials it spells when the article names it (acronym.go): "(SLM)" after
// "the Sudan Liberation Movement", "RSF" where the article names the Rapid
// Support Forces (orgs.txt), "TPLF" after "the Tigray People's Liberation
// Front"; Matches finds an organisation by its initials. An abbreviation of
// a common noun ("EV", "IPO": [nonname]) is no organisation. A lone name
// that a full name of the article starts with, and none ends with, is that
// person when it is a family name that comes first ("Wang" after "Wang
// Wentao") or a given name after its title ("Prince Faisal" after "Prince
// Faisal bin Farhan"; firstname.go). A hyphenated pair of names before a
// noun of meeting ([pair-noun]: "after Ng-Wang meeting") is the two people,
// each only if the article names them.
//
// Things named like people are no actors: a run of capitalised words that
// starts with a word of [storm-head] or [thing-head] (a storm or a ship:
// "Typhoon Ragasa", "the USS Carney") and does not end like an
// organisation, and the article's other mentions of a storm's name
// (mention.storm: "Josephine struck Jamaica" after "Hurricane Josephine"),
// which are no place either; a lone name after a lowercase
// [time-conjunction] and before no verb unless the article names that
// person ("since Melissa last October"); a lone building word of
// [facility] unless the article names a person so ("after Castle
// meeting"); a lone name
// before a lowercase word of [product] ("Brent crude", "Patriot air
// defence systems"); a listed company before a model number ("an Iran Air
// Boeing 737"); a hyphenated adjective of two peoples before a noun ("a
// Franco-American force"); a name after "the village of" ([settlement]).
// "Head of state" and "head of government" ([state-title] of titles.txt)
// after an organisation name no one ("an EU head of state").
//
// Evidence. A name of no list is a person's only with evidence of one
// (personEvidence): a title or role; a given name before its last word or
// alone, or a family name that comes first (data/given_names.txt: "Patrick
// Mahomes", "Georgina", "Xi Jinping"); a listed surname alone ([known]:
// "Lavrov", "Lula"); an initial ("John C. Maxwell"); a noun of people
// before it ([person-noun] of words.txt: "his interpreter Houn Hourth") or
// a person's name before it in a list; a reporting or meeting verb after
// it or before it ("Zelensky met Trump", "said Roger Bernstein"; [meet]), a
// travel verb after it, ", who" or an age; but a word that ends like a
// plural of people has none of the verbs' ("Dealers said"), nor does a
// name between such a plural and "in", "of" or "from" and the verb
// ("Officials in Larnaca said": where they are). Without it the
// name counts only if the article names that person with evidence (as a
// sentence-initial word does). A person with no role whose name is part of
// an organisation the article names is that organisation: "Compaq said"
// after "Compaq Computer Corp.", "Philip Morris" of "Philip Morris Cos.".
// A listed place and one or two capitalised words ending in a plural are a
// team or paper ("the Kansas City Chiefs", "the New York Times"); a name
// before a comma and a listed state or province ("Oshkosh, Wis.") or a
// lowercase [settlement] word ("Loudon county") is a place, and "R-Fla."
// after a lawmaker no one. A party label is a title ("Democrat Abigail
// Spanberger"), and "as" starts no name ("known as Building 100"). A name
// with its "'s" before a reporting verb is a company's ("Shoney's said"),
// and an initial alone ("AT and T.") or a place made an adjective ("Salt
// Lake City-based") names no one.
//
// Organisations whose names read as people or places: two runs joined by
// "and" after "the", a possessive or "the" and a state, the second ending
// like an organisation ("the Competition and Markets Authority", "the
// U.S. Immigration and Naturalization Service", named without its state:
// andOrgEnd); a body of [ministry] whose "of" or "for" lists portfolios
// or fields ("the Ministry of Mines and Energy", "the Bureau of Alcohol,
// Tobacco, Firearms and Explosives": portfolioList), which after a state
// stands for it as a body noun does ("Russia's Ministry of Defence":
// bodyPortfolios); a common word before such an "of" ("the International
// Organization for Migration": ofOrg); a
// name before a lowercase word of [party] after "the", which the article's
// other mentions of the name are too ("the Unite union", "Unite said"); a
// common word and a name of no list in the middle of a sentence before a
// reporting verb or a company's appositive ("Summit Freight said":
// nonnameFirm); a person's full name with evidence before "of" and an
// organisation is the person, then the organisation ("Lubomir Kopecek of
// Masaryk University": personOfOrg); a sentence's place that starts the
// name of an organisation the article names is that organisation ("Shares
// in Kestrel rose" after "Kestrel Logistics": companyPlace).
//
// Groups and companies. A plural name after "the" ("the Broncos", "the
// Golden State Warriors", "the Social Democrats") is an organisation when
// the article has it act (a verb of [contest], [speech] or [meet] after
// it), and then at each of its mentions; a people or faith ([people]) or
// a family the article names a member of ("the Bronfmans") is none. A name
// is a company's, neither a person nor a place, after a noun of
// [staff-noun] and "at" or "with" ("Analysts at Morgan Stanley said"),
// before such a noun and a name when it has no person's evidence ("Tata
// Sons chairman N. Chandrasekaran"), before an appositive whose noun is of
// [firm-noun] ("Petrobras, the state oil company,"), after a word of
// [org-head] ("Credit Lyonnais", "Bank Indonesia"), as an unknown acronym
// and a word of no list ("BNP Paribas"), and joined to another by "&"
// ("Procter & Gamble", "PG&E"), and, with no person's evidence, when its
// shares move ("Petrobras shares rose": [share-noun] and [move]), shares
// of it are named ("shares of Norfolk Southern") or its ticker follows
// ("Petrobras (PETR4.SA)", "(NYSE: PBR)"): shareEvidence. A lone name
// before a reporting verb and "it" or "its" ("Equinor said on Monday it
// would cut": mention.firmish) is a company when the article gives that
// word no full name, title nor honorific (firmishClusters); coreference makes the article's other
// mentions of such a name that company, or the longer name the article
// gives it ("DPC Acquisition" of "DPC Acquisition Partners"). A court
// case's parties name no one ("in Trump v. United States").
//
// So is a lone name that speaks (mention.speaks: "Shell said the sale") in
// an article with a company's cue ([firm-cue]: "the company", "the oil
// major", profits, a ticker anywhere: Article.firmCue), under the same
// conditions. A ticker may be digits ("TSMC (2330.TW)"); "AI" in capitals
// ([caps-nonname]) names no organisation; a listed place after a common
// word and before a name is a company's with a company's evidence after
// it ("Southern California Edison said it": nonnameFirm).
//
// Short forms (firstname.go). A name of two words that starts a longer
// full name of the article is that person ("Hassan Sheikh" of "Hassan
// Sheikh Mohamud": joinShortNames; across articles SameActor says so), and
// a nickname after [alias-cue] is the person named before it ("Joko
// Widodo, known as Jokowi": mention.alias, joinAliases). A title of
// [office] in titles.txt after its state names an official of a body of
// that state ("the U.S. attorney": the Justice Department), and a court's
// district completes a role ("for the Western District of Texas").
//
// Coreference. People are resolved within the article: a full name (two
// name words or more) is a person, unless it ends a longer full name given
// with a role ("Bagheri Kani" after "Iran's chief negotiator, Ali Bagheri
// Kani"), which it is as a shorter name is; a shorter name ("Kerry", "de Mistura",
// "Assad") is the full name anywhere in the article that ends with it (the
// nearest one before it, else the first one after it); with no such full
// name it is kept as written ("Lavrov"), unless it has no title of its
// own and starts a full name ("Abiy" after "Prime Minister Abiy Ahmed",
// "Elian" after "Elian Gonzalez": firstname.go) and no noun of people
// introduces it ("her son, Joshua"). A regnal number is left out of
// the comparison: "King Abdullah" is "King Abdullah II". A person's Role is the role the
// sentence gives, else the first role the article gives them: "Kerry met
// with ..." has Role "US Secretary of State" from another sentence.
//
// States. A state's name, alias or acronym ("Russia", "Russian Federation",
// "the U.S.") is the state acting, unless it is a place ("in Syria"), a
// direction or origin ("from Turkey", "into northern Syria", "to Moscow"),
// a topic ("talks on Syria", "regarding Syria", "the Syria talks", "the
// Ukraine crisis") or part of a compound ("the U.S.-led coalition"). A
// capital stands for its state only when it acts: "Moscow said", "Moscow's
// position", "Moscow and Washington will boost", "condemned by Moscow";
// "in Moscow" is a place.
// A demonym alone is an adjective and no actor ("the Syrian crisis"), but a
// state or demonym before a body noun is the state ("Syrian government
// forces", "U.S. troops", "Russian airstrikes"), and so is each of a list
// of them ("Turkish, Russian and Ukrainian officials"). A state written before a
// title with no name after it stands for an unnamed official and is the
// state, with the title as Role: "says the Russian foreign minister" is
// Russia with Role "foreign minister". If the article names a person with
// the same title and state ("Russian Foreign Minister Sergei Lavrov"), the
// unnamed official is that person.
//
// Organisations. Listed organisations get their canonical name ("the
// U.N.", "UN": "United Nations"); so do unnamed officials of one ("a senior
// State Department official": State Department, Role "senior official"). A
// run of capitalised words ending in an organisation word is an
// organisation as written ("Nusra Front", "Syrian Arab Army", "UN Human
// Rights Council"), and so is one with "of" or "for" after such a word
// ("Bank of England"), and an unlisted acronym of two to four capitals
// ("YPG"). A descriptive appositive after an organisation names no actor:
// in "the Nusra Front, an al Qaeda affiliate," only the Nusra Front acts.
// Government bodies (Kremlin, White House, Pentagon, State Department,
// Foreign Office ...) are organisations of their own, each with its state:
// the Kremlin is not folded into Russia (a sentence about the Kremlin keeps
// that word), but Matches(kremlin, "Russia") is true, and a meeting of the
// Kremlin in Moscow is at home.
//
// Quotations. Names inside quotation marks are not actors of the sentence:
// in “Assad must go”, Kupchan said the only actor is Kupchan. Curly quotes
// nest, and a closing quote with no opening one means the sentence began
// inside a quotation.
//
// # Place
//
// The place of a sentence is the first place after "in", "at" or "near"
// ("in The Hague", "fighting near Vovchansk") (or after
// "to" following a travel word: "traveled to Moscow", "a visit to Geneva";
// or a listed place after a travel verb that takes one as its object:
// "visited Russia", "toured Kyiv"; or a listed place before a trip noun:
// "Xi's Moscow visit", "a Middle East tour") outside quotation marks. A travel to
// come in a reported clause ("said on Sunday that the president would
// travel to Israel", "said Blinken plans to visit Kyiv", "said he would
// arrive in Doha") gives no place:
// the statement did not happen there. A capital after an indefinite noun
// and before a verb acts ("in a move Damascus condemned": Syria), and so
// does a possessive state or capital before a stance ("at Washington's
// request", "in Moscow's view"), where "in Syria's north" is a place. Up to two lowercase words may stand between
// ("in beleaguered Aleppo", "in rebel-held eastern Aleppo"), and "the X of" ("in the
// besieged city of Taiz"); a demonym passes the position on ("in the Yemeni
// capital Sanaa"). What stands there is a place when it is listed (a city,
// capital, province, region or state: "in the U.S." is "United States"), a
// facility (a capitalised run that starts with "Hotel", "Camp", "Palais",
// "Kafr" ... or ends with "Palace", "Base", "Square" ...), or an unlisted
// capitalised name that is not a person the article names ("in Khan
// Shaykhun" is a place, "in Kerry's view" is not). Months, weekdays and
// common words never are ("in July", "in late August").
//
// A listed place before a topic noun of [topic] modifies it and is no
// place: "in the Black Sea grain deal", "in the Gaza ceasefire talks"
// (up to two lowercase words between); right before a [venue-noun] it is
// where that took place ("in the Geneva talks"), and so it is before a
// longer noun ("at a Tel Aviv peace rally"). "On" after a word of
// [strike] is where an attack struck ("a missile strike on Sumy"), but
// its target when "in" and a place follow ("the attacks on the U.S.
// embassies in Kenya": Kenya) or a word of [verbal] comes before ("a
// scathing attack on the US": no place). After a verb of
// [disaster-verb] with a disaster up to four words before (the words of
// [disaster] in internal/kind/data/kinds.txt), the name is where it
// struck: "an earthquake struck Cebu". A government body after "at" is
// its building, in its state ("at the White House").
//
// A listed place followed by its state keeps the city: "in Geneva,
// Switzerland" is "Geneva". A facility followed by its city gets it:
// "at the Hotel President Wilson in Geneva" is "Hotel President Wilson,
// Geneva" (the most specific named place, then its city).
//
// # Venue and kind
//
// Article.Venue tells whether the place is in the state of one of the
// sentence's actors: a state actor, the state of an organisation (the
// Kremlin's Russia), or the state of a person's role (Putin's "Russian
// President" is Russia, Kerry's "US Secretary of State" the United States).
// That makes "Kerry met with Russian President Vladimir Putin in Moscow" a
// visit, and "Kerry and Lavrov met in Geneva" a meeting at a third location.
//
// # The title and the lead
//
// AnalyzeDoc takes the article's title. Its names count for coreference
// (the headline "Kerry, Lavrov kick off Syria talks in Geneva" is where the
// seed article names Lavrov outside a sentence start), and TitleActors,
// TitlePlace and LeadActors give its actors and place; LeadActors are the
// actors of the lead event: those of the title, then those of sentence 0.
//
// # Matching
//
// Matches tells whether an actor is the one a user asked for (--actor), by
// name, alias, acronym, capital, demonym or surname. SameActor tells whether
// actors of two articles are one, for merging events.
//
// # Limits
//
//   - English news only. No part-of-speech tagger or parser: the rules look
//     at capitalisation, word lists and a few words around a name.
//   - Unlisted names are guessed from their shape and the evidence around
//     them (see Evidence): a person the article names by a surname alone,
//     with no evidence, is missed ("including Slepian"), and a company named
//     after a person with a given name is a person ("Dean Witter
//     Reynolds").
//   - No pronouns: "he said" names nobody. Roles are not resolved for bare
//     titles without a state or organisation ("the president said").
//   - A name used as a single word at the start of every sentence it
//     appears in, and nowhere else, is missed unless a reporting verb
//     follows it.
//   - Two people with the same surname: a bare surname goes to the nearest
//     full name before it, which may be the wrong one.
//   - The place is the first location phrase in the sentence, not the one
//     attached to the main verb.
//   - The data lists cover states, capitals, a few hundred cities (weighted
//     to the Middle East, Ukraine and the usual venues of talks),
//     organisations and armed groups of international news; unlisted places
//     after "in" are still found, but their state (and so the venue) is
//     unknown.
package entity

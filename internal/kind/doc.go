// Package kind classifies the event a news sentence reports into a small set
// of diplomatic event kinds, each with its CAMEO code (the Conflict and
// Mediation Event Observations codebook used in political event data).
//
// # Kinds
//
// All returns the kinds in this order; Parse accepts the name or any of the
// codes (the first code is the kind's own, the others are nearby CAMEO codes
// mapped to it).
//
//	name         CAMEO  example triggers
//	statement    010    said, told reporters, announced, press conference
//	intent       036    will meet, agreed to meet, plans to visit, raised its offer
//	consult      040    phone call, by telephone, consulted; a meeting with no place
//	visit        042    visited, arrived in, traveled to, hosted; a meeting at home
//	meeting      044    a meeting at a third location (see Venue)
//	mediation    045    mediated, brokered, mediator, shuttle diplomacy
//	negotiation  046    talks, negotiations, discussed
//	agreement    057    signed ... agreement, reached ... deal, inked
//	ceasefire    0871   ceasefire, cease-fire, truce, cessation of hostilities
//	release      0841   released ... hostages, freed ... prisoners, released on bail, exchanged ... prisoners
//	aid          07     humanitarian aid, aid convoy, relief supplies, pledged
//	investigate  09     opened ... investigation, launched ... probe, are investigating
//	convict      116    was convicted, a jury convicted, found ... guilty, guilty verdict
//	reject       12     rejected ... proposal, rejected ... deal, vetoed
//	threat       13     threatened, ultimatum, vowed to retaliate
//	protest      14     protest, demonstrations, a rally, went on strike, walkout
//	sanction     163    imposed ... tariffs, sanctions on, anti-dumping, suspended ... aid, severed ... ties
//	coerce       17     arrested, detained, charged ... with, sentenced, convicted, expelled
//	attack       19     attack, airstrikes, shelling, clashes, killed, kills, violated ... truce
//	other        ""     no trigger
//
// "visit" stands for both CAMEO 042 (make a visit) and 043 (host a visit):
// its code is 042, and Parse("043") returns it too.
// "meeting" (044) is also a meeting a party hosts for others ("Qatar
// hosted a meeting of Israeli and Hamas negotiators in Doha", "a summit in
// The Hague hosted by the Netherlands"), while a leader hosted is a visit;
// "consult" (040) is also a call to a person told by when or what about
// ("Macron called Starmer on Tuesday"; not "called Bush a liar", "called
// for", "called on", "called off", "so-called": [idiom]).
//
// # Triggers and rules
//
// The triggers are words and phrases with a priority, listed with their kind
// in the embedded data file data/kinds.txt. A phrase matches whole words, case
// folded; "..." in a phrase stands for up to four other words of the same
// clause ("signed ... agreement" matches "signed a landmark peace
// agreement"), and "," for a mark between clauses ("agreement , signed"
// matches "The agreement, signed on Friday, ..."). Classify applies these
// rules:
//
//  1. Only triggers outside quotation marks count: in “We will attack”, he
//     said the event is a statement. Triggers inside quotation marks count
//     only when there are none outside.
//  2. A sentence whose first trigger is a reporting verb (a statement
//     trigger of priority 10: "said", "told reporters", "added") reports a
//     statement: "Kerry said the sides had agreed on a ceasefire", "Staffan
//     de Mistura told reporters that Friday's talks are important". Not
//     one right after a phrase of [relative] ("who", "which had"), which
//     is a relative clause's: "Officials who said drones struck the port
//     gave no figures" is an attack, by rule 3.
//  3. Otherwise the trigger with the highest priority decides, the earliest
//     on a tie: ceasefire violations 90, a rejection of what another kind
//     names 88 ("rejected the ceasefire proposal"), talks about a truce 86
//     ("ceasefire talks"), ceasefire 85, agreement 80 (78 for "reached ...
//     deal" and "agreed ... to extend"), a conviction 77, a verbal attack
//     76 (a statement: "a scathing attack on the US"), attack 75, coerce
//     75 (an arrest, a charge, a sentence), release 74, an anti-dumping probe 73 (a sanction), the
//     opening of an investigation 72, threat 70, mediation 68, sanction 66, intent 65 (60 for "to meet"),
//     hosted talks or a hosted meeting 63, visit 62, aid 60, protest 58, a
//     rejection alone 57, meeting 55, consult 52, negotiation 50,
//     statement 10, and 5 for statement words that often take an event
//     as object ("announced", "declared", "press conference"). So a trailing
//     attribution does not hide the event ("Russia and Turkey agreed a
//     truce, officials said" is a ceasefire), nor does an announcement
//     ("Russia announced a ceasefire"). An event that CAMEO has no code
//     for ([uncoded]: a legislature's vote, a law signed, a plea, an
//     acquittal, a verdict, a launch, a fire that broke out) decides like
//     any trigger and makes the kind Other, with no trigger in its Match
//     (but Match.Uncoded, so that a caller lets it stand):
//     "The House voted to approve a bill ..., supporting the deal that
//     McCarthy negotiated" is no negotiation, "pleaded guilty to killing
//     two guards" no attack, "Biden signed the debt ceiling deal into
//     law" no agreement.
//  4. Before rules 2 and 3, a label decides nothing: the words of a
//     sentence before a colon, up to four words in, when a trigger follows
//     the colon and none of theirs is a statement's (a speaker's: "Kerry
//     says: the truce will hold"). "Sudan fighting: talks open in Jeddah"
//     is a negotiation. And a clause of background (after "as", "amid",
//     "while", "after", "unless", "if": [background] of data/kinds.txt)
//     loses its triggers when the clause before it has one other than an
//     announcement (a statement trigger below 10): "Blinken met Netanyahu
//     in Jerusalem as mediators pressed for a new ceasefire" is a
//     meeting, "Sudan talks open in Jeddah as fighting rages" a
//     negotiation, "Trump threatened tariffs unless Moscow agreed to a
//     peace deal" a threat. A purpose is background too ("push", "bid",
//     "effort", "attempt", "hoping", "seeking"): "Rubio met Turkish
//     officials in a push to extend the ceasefire" is a meeting.
//  5. Before rules 2 and 3 too, a negated trigger decides nothing: one with
//     a word of [negation] ("not", "never", "no", "failed to", "refused
//     to", "without", a word in "n't"; an event anticipated or averted,
//     "anticipating", "to avert"; a measure lifted, "lifted") up to four words before it in its
//     clause, or in its gap; an event undecided or conditional, "whether",
//     "unless", is none too. "Putin did not attend the BRICS summit" is no
//     meeting, "the sides reached no agreement" no agreement, "found him
//     not guilty" no conviction; a word of the trigger's own phrase
//     negates nothing ("pleaded not guilty").
//  6. Before rules 2 and 3 too, a trigger that starts inside a phrase of
//     [idiom], or starts before one and ends inside it, decides nothing
//     ("the court struck down the law", "a heart attack", "fighting a
//     price war", "to meet the deadline"), nor does an attack or threat
//     trigger with a word or phrase of [disaster] up to six words before
//     it in its clause, or after an "in" or "by" right after it ("an
//     earthquake struck Cebu", "were killed in floods", "a fire killed 10
//     people", "winds threaten"), or in the clause before one that starts
//     with it or with a word like "which" ("Hurricane Melissa, which killed
//     dozens"), or among the first six words of that clause, its subject
//     ("Flash floods hit the eastern region of Valencia on Tuesday night,
//     killing 95"), or after an "as" up to three words after it
//     ("Josephine struck Jamaica as a Category 4 hurricane"): those are no
//     attacks. A word its caller marks (Word.Disaster: a storm's name that
//     package entity knows, "Josephine killed 12 people" after "Hurricane
//     Josephine") is a word of [disaster] too. A
//     deadline's act is an idiom too: "has until April 1 to reach a deal"
//     is no agreement.
//
// A meeting ("met with", "meeting", "summit") has no kind of its own: where
// it took place decides, and only the caller knows that. ClassifyWith takes
// the Venue: a meeting in the country of one of the participants is a visit
// (042), one elsewhere is a meeting at a third location (044), and one whose
// place the sentence does not give is a consultation (040), which is how
// CAMEO codes meetings not otherwise specified. Classify is ClassifyWith with
// VenueNone. Package entity works out the venue from the actors and the place
// of a sentence (entity.Article.Kind). A meeting at a host's seat of
// government ([seat]: "met Trump at the White House", "in the Kremlin") is
// a visit whatever the venue: the host receives it (AtSeat tells a caller
// whose words lack the seat's name).
//
// A headline of two clauses joined by a semicolon tells two events, and
// the story's lead reports the first: ExplainHeadline classifies that
// clause ("Talks collapse; rebels shell city" leads with the talks), or
// the whole headline when it has no trigger. A headline's verbs that are
// nouns too ([armed-verb]: "strikes", "shell", "pounds", "bombs") are an
// attack only there, and only when a force strikes, a word of [armed]
// ("rebels", "jets") or a state ExplainHeadlineArmed's caller knows, and
// a force or a name is struck: "Israel strikes Iran", "Rebels shell Goma";
// not "UAW strikes Ford" nor "Israel strikes deal with Hamas".
//
// Match tells the trigger's priority and whether it was a meeting's, so
// that a caller can weigh two sentences' kinds (a headline's against its
// lead's), and Reports whether it makes a report (a reporting verb, not
// an announcement).
//
// The triggers are matched against the words of a sentence as Words splits
// it. A caller that has split the sentence already (entity reads the words
// off its own tokens) gives them to ClassifyWords.
//
// # Limits
//
// Triggers are words, not parsed verbs: negation is read from a word
// close before the trigger (rule 5), so "no one signed the deal" or a
// negation further back is missed; modality ("could attack") and
// subordinate clauses ("Kerry, who
// arrived in Geneva on Thursday, said ...") are not understood, and the
// event of the main clause is not told from the events around it but for
// a clause of background (rule 4); idioms are triggers too ("met with
// more success").
package kind

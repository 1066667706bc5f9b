package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

func TestComparedSince(t *testing.T) {
	tests := []struct {
		sentence string // the date phrase is in brackets
		want     bool
	}{
		{"The talks, the first since [2014], ended on Friday.", true},
		{"The index posted its biggest weekly gain since [March 2020] on Friday.", true},
		{"Unemployment fell to 3.4%, the lowest since [1969], in January.", true},
		{"It was the deadliest attack on the city since [2016].", true},
		{"It was the worst day for the city since [June].", true},
		{"The embassy has been closed since [2014].", false},
		{"Prices have risen since [March].", false},
		{"The first talks were held in Geneva, and have stalled since [2014].", false},       // a comma ends the comparison
		{"The first of the talks took place in a hotel in Geneva long since [2014].", false}, // too far back
		{"He has been the first in line ever since [Monday].", true},
		{"The talks began in [2014], the first since the war.", false},
		{"The first talks began on [Monday].", false},
	}
	for _, tt := range tests {
		i := strings.IndexByte(tt.sentence, '[')
		text := strings.Replace(strings.Replace(tt.sentence, "[", "", 1), "]", "", 1)
		if got := comparedSince(text, 0, i); got != tt.want {
			t.Errorf("comparedSince(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestComparisonDatesNoEvent checks that a build leaves out the far end of
// a comparison and keeps the sentence's own date.
func TestComparisonDatesNoEvent(t *testing.T) {
	text := "Kerry and Lavrov met in Geneva on Friday, their first talks since 2014.\n"
	if got := eventValues(t, text); got != "2016-08-26" {
		t.Errorf("events %s, want only Friday, 2016-08-26 (the lead is that sentence, dated already)", got)
	}
}

// TestDateAsides checks which dates of a sentence date no event of their
// own: a year that qualifies a noun when the sentence has a date of its own
// (and not when it has none), and a day named beside a time of that day.
func TestDateAsides(t *testing.T) {
	// The events' values, the lead's on the publication day included where
	// its sentence has no day of the week before.
	checkBuilds(t, eventValues, []buildCase{
		// A year before a noun.
		{"Talks resumed in Vienna on Monday to revive the 2015 nuclear deal.\n", "2016-08-22"},
		{"A 2009 law strengthened the 1959 trade embargo.\n", "2009 2016-08-26"},
		{"The warrant issued Monday charged him in Iran's 2009 election riots.\n", "2016-08-22"},
		{"The 2015 deal collapsed.\n", "2015 2016-08-26"},
		{"They reaffirmed the 1991 Alma-Ata Declaration and will meet again on Sept. 1.\n", "2016-08-26 2016-09-01"},
		{"Kopp's 1987 Chevrolet was found on Monday.\n", "2016-08-22"},
		{"The deal was signed in 2015 and collapsed on Monday.\n", "2015 2016-08-22"},
		// A day and a time of that day.
		{"The truce took hold at sunset on Monday.\n", "2016-08-22TEV"},
		{"On Monday, the vote closed at 9 p.m.\n", "2016-08-22T21:00"},
		{"Talks began on Monday and ended at 9 p.m. on Tuesday.\n", "2016-08-22 2016-08-23T21:00"},
		{"Talks ended on Monday, late in the evening.\n", "2016-08-22TEV"},
	})
}

// buildCase is a text and what a build of it gives (eventValues,
// eventRules).
type buildCase struct{ text, want string }

// checkBuilds builds each case's text with show and checks what it gives.
func checkBuilds(t *testing.T, show func(*testing.T, string) string, cases []buildCase) {
	t.Helper()
	for _, c := range cases {
		if got := show(t, c.text); got != c.want {
			t.Errorf("%q: events %s, want %s", c.text, got, c.want)
		}
	}
}

// eventValues builds a timeline of text published on Friday 2016-08-26 and
// returns its events' values, the lead's included, in order.
func eventValues(t *testing.T, text string) string {
	t.Helper()
	return eventsOf(t, text, func(e *Event) string { return e.When.Value.Value })
}

// eventsOf builds a timeline of text published on Friday 2016-08-26 and
// returns what show says of each event, in order, joined by spaces.
func eventsOf(t *testing.T, text string, show func(*Event) string) string {
	t.Helper()
	return eventsOn(t, text, time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC), show)
}

// eventsOn is eventsOf for text published on pub.
func eventsOn(t *testing.T, text string, pub time.Time, show func(*Event) string) string {
	t.Helper()
	d, err := ReadDocument("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d.Published = pub
	tl, err := Build([]*Document{d}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range tl.Events {
		got = append(got, show(&tl.Events[i]))
	}
	return strings.Join(got, " ")
}

// TestLeadDatedByItsOwnDay checks when the lead is an event of the
// publication day (Friday 2016-08-26) besides the events of its dates: not
// when it names a day of the week before, whose news it is; still when its
// date is to come, older, or coarser than a day.
func TestLeadDatedByItsOwnDay(t *testing.T) {
	checkBuilds(t, eventRules, []buildCase{
		{"Kerry and Lavrov agreed on a truce on Thursday.\n", "2016-08-25/weekday"},
		{"Kerry and Lavrov agreed on a truce Thursday evening.\n", "2016-08-25TEV/weekday"},
		{"Kerry and Lavrov agreed on a truce on Aug. 19.\n", "2016-08-19/month_day"},
		{"Kerry and Lavrov agree on a truce on Friday.\n", "2016-08-26/weekday"},
		// The lead stays on the publication day.
		{"Kerry and Lavrov agreed on a truce on Aug. 18.\n", "2016-08-18/month_day 2016-08-26/lead"},
		{"Kerry and Lavrov will meet on Monday.\n", "2016-08-26/lead 2016-08-29/weekday"},
		{"Kerry and Lavrov met last week.\n", "2016-W33/relative_unit 2016-08-26/lead"},
		{"Kerry and Lavrov are meeting in Geneva to revive the February truce.\n", "2016-02/month 2016-08-26/lead"},
		// A day in a later sentence leaves the lead alone.
		{"Kerry and Lavrov are meeting in Geneva. They met on Thursday too.\n", "2016-08-25/weekday 2016-08-26/lead"},
	})
}

func TestPossessedKind(t *testing.T) {
	tests := []struct {
		sentence string // the date ends at "]", and starts at "[" or its word
		want     string // the kind's name; "" for none
	}{
		{"He said the decision was not linked to Monday]'s attack on the bridge.", "attack"},
		{"De Mistura told reporters that Friday]’s talks are important.", "negotiation"},
		{"Officials said last month]'s ceasefire was holding.", "ceasefire"},
		{"He said Friday]'s statement was clear.", ""},      // a statement is no better than the sentence's
		{"He said Monday]'s weather was fine.", ""},         // nothing of a kind
		{"He said on Monday] that talks would resume.", ""}, // no possessive
		{"He said Monday]'s, and Tuesday's, talks failed.", ""},
		// A date between "the" and a noun qualifies it.
		{"Netanyahu met Biden to discuss the [Oct. 7] attack on Israel.", "attack"},
		{"Two Libyans were charged in the [Dec. 21, 1988], bombing of Pan Am Flight 103.", "attack"},
		{"Kopp was indicted in the [October 1998] fatal shooting of Dr. Slepian.", "attack"},
		{"Kerry will meet Lavrov on the [Friday] before the talks.", ""},
		{"Talks resumed to revive the [2015] nuclear deal.", ""},
		{"He met Lavrov on [Friday] to discuss the attack.", ""},
		// Up to four words, past an abbreviation's point, to a phrase's end
		// or the sentence's.
		{"He was arrested in connection with last year]'s deadly U.S. Embassy blasts in Kenya.", "attack"},
		{"He said Monday]'s decision to attack was wrong.", ""},
		{"He cited last year]'s election. Talks resumed.", ""},
	}
	for _, tt := range tests {
		start := strings.IndexByte(tt.sentence, '[')
		text := strings.Replace(tt.sentence, "[", "", 1)
		end := strings.IndexByte(text, ']')
		text = strings.Replace(text, "]", "", 1)
		if start < 0 || start > end {
			start = strings.LastIndexAny(text[:end], " ") + 1 // the possessive cases: the date is a word
		}
		k, ok := possessedKind(text, dates.Mention{Start: start, End: end}, kind.VenueNone)
		if got := map[bool]string{true: k.Name}[ok]; got != tt.want {
			t.Errorf("possessedKind(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// bracketCase is a sentence whose date phrase is in brackets and the
// name of the kind that date's event takes ("" for the sentence's).
type bracketCase struct{ sentence, want string }

func TestReportedKind(t *testing.T) {
	tests := []bracketCase{
		{"Michel said the two leaders had confirmed the declaration and would meet again in Chisinau on [June 1].", "intent"},
		{"Officials said that of nine women who had been killed [last year], few cases were solved.", "attack"},
		{"The official said the sites were laid down by the accord signed on [Feb. 23] by Annan and Aziz.", "agreement"},
		{"Brzezinski stated: aid began during 1980, after the Soviet army invaded Afghanistan, [December 24, 1979].", "attack"},
		// The date of the report.
		{"Kerry said on [Tuesday] that the truce was not dead.", ""},
		{"Kerry told reporters in Geneva [earlier this week] that the talks had failed.", ""},
		{"On [Monday], Kerry said the truce had been violated.", ""},
		// A date next to a statement's word inside what is said dates that
		// statement, not the clause's other events.
		{"The newspaper said Syria had indicated its interest in resuming talks in remarks made [last week] by its ambassador.", ""},
		{"He said Syria had indicated its interest in resuming talks in [last week]'s remarks.", ""},
		{"He said Syria had indicated its interest in resuming talks in a statement on [Monday].", ""},
		{"He said Syria had indicated its interest in resuming talks in Vienna on [Monday].", "negotiation"},
		{"He said the two leaders would meet again at the border on [Monday].", "intent"},
		// A date in a relative clause before the verb dates that clause's
		// event.
		{"The junta, which came to power in a [2021] election, declared a state of emergency on Friday.", "other"},
		{"The commander, whose troops took the town on [Thursday], declared a curfew.", "other"},
		{"Kerry, who is in Geneva, said on [Thursday] that the talks would go on.", ""},
		{"The junta on [Friday], which came to power, declared a state of emergency.", ""},
		// A clause joined by "and" goes on the one before: a relative
		// clause's event dates its date.
		{"South Africa deplored Friday the bomb blasts which killed scores of people and injured more than 1,000 others in Kenya [earlier in the day].", "attack"},
		{"South Africa deplored [Friday] the bomb blasts which killed scores of people and injured more than 1,000 others in Kenya earlier in the day.", ""},
		{"Kerry said the envoys met, and the weather in Geneva was fine, and the talks went on [Friday].", "negotiation"},
		// What is said is read past clauses of no kind (a place's
		// apposition) to its event, up to the verb.
		{"The army said an RSF drone hit a market in El Obeid, the capital of North Kordofan, on [Tuesday afternoon].", "attack"},
		{"The army said rebels shelled the market in El Obeid, the state capital, on [Tuesday].", "attack"},
		{"The army said the market in El Obeid, the capital of North Kordofan, was calm on [Tuesday].", ""},
		{"The army said, in a long statement, the capital of North Kordofan, on [Tuesday], was calm.", ""},
		{"The agency said that once he arrives in Miami it will move him from the relatives who have cared for him since he was rescued off the coast in [late November].", ""},
		// What is said has no kind of its own.
		{"Kerry said the weather in Geneva had been fine on [Friday].", ""},
		// Not a statement.
		{"Kerry and Lavrov met in Geneva on [Friday].", ""},
	}
	for _, tt := range tests {
		got := reportedKind(t, tt.sentence, func(r *reported, report kind.Match) bool {
			r.verbEnd = report.End
			r.trigStart, r.trigEnd = report.Start, report.End // as fill sets them
			return report.Kind.CAMEO == statementCAMEO
		}, (*reported).kindAt)
		if got != tt.want {
			t.Errorf("kindAt(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// reportedKind returns the name of the kind that find gives the date in
// brackets in sentence ("" for none), once set has set up a reported of
// the sentence's kind match, unless it returns false; find is run on the
// text alone and on its words, which must agree.
func reportedKind(t *testing.T, bracketed string, set func(*reported, kind.Match) bool, find func(*reported, string, sentence.Span, dates.Mention, kind.Venue) (Kind, bool)) string {
	t.Helper()
	start := strings.IndexByte(bracketed, '[')
	text := strings.Replace(strings.Replace(bracketed, "[", "", 1), "]", "", 1)
	m := dates.Mention{Start: start, End: strings.IndexByte(bracketed, ']') - 1}
	report := kind.Explain(text, kind.VenueNone) // as entity.Article.KindMatch finds it
	var k Kind
	ok := false
	for _, words := range [][]kind.Word{nil, kind.Words(text)} { // from the text, and from its words
		r := reported{verbEnd: -1, words: words}
		if !set(&r, report) {
			return ""
		}
		k2, ok2 := find(&r, text, sentence.Span{Start: 0, End: len(text)}, m, kind.VenueNone)
		if words != nil && (k2 != k || ok2 != ok) {
			t.Errorf("%q: %v %v from the words, %v %v from the text", bracketed, k2, ok2, k, ok)
		}
		k, ok = k2, ok2
	}
	return map[bool]string{true: k.Name}[ok]
}

func TestOtherClauseKind(t *testing.T) {
	tests := []bracketCase{
		{"Macron phoned Merz on [Sunday night] to congratulate him, the Elysee said, and the two leaders will meet in Paris on Wednesday.", "consult"},
		{"Macron phoned Merz on Sunday night to congratulate him, the Elysee said, and the two leaders will meet in Paris on [Wednesday].", ""},
		{"An Israeli airstrike killed two Palestinians in Rafah on [Sunday], medics said, in one of several incidents that have tested the truce.", "attack"},
		{"The two companies began talks in [the spring], and Vena met George in Atlanta in June.", "negotiation"},
		{"Trump arrived in South Korea on [Wednesday] from Japan, where he signed agreements with Takaichi.", "visit"},
		// A date just after a statement's word in its clause dates the
		// statement.
		{"Another man has been arrested in connection with the bombings that killed 224 people, police said [today].", "statement"},
		{"Egypt will host an emergency Arab summit to discuss Gaza, Abdelatty said at a news conference in Cairo on [Tuesday].", "statement"},
		{"In another mediation effort, the Soviet Union said [today] it had sent an envoy to Baghdad.", "statement"},
		{"Kerry and Lavrov announced in Geneva on [Friday] that the United States and Russia had agreed on a plan to halt the fighting.", ""}, // the announcement's news
		{"Rebels attacked the town, and officials said the army had retaken the ridge in fierce fighting on [Monday].", ""},                   // too far from "said": the attack
		// A clause of the date alone takes the kind of the one before, unless
		// that is the trigger's.
		{"The negotiators had been holding talks in the Saudi city since [May 6], and signed a declaration of principles on May 11.", "negotiation"},
		{"The negotiators signed a declaration of principles in the Saudi city since [May 6].", ""},
		{"The truce was agreed by Kerry and Lavrov, who set out its main lines at last month's meeting in Geneva and settled the details there on [Friday].", ""},
		// A clause led by a limit ("until Jan. 15") bounds the one before,
		// whatever follows the date; one with words of its own does not.
		{"The two sides agreed to extend the master contract until [Jan. 15] to allow time to negotiate other outstanding issues.", ""},
		{"The sides signed a truce on Sunday and have held talks since [Monday] to allow aid to enter.", "negotiation"},
		{"Aid convoys crossed on Monday, and the two sides held talks until [Friday] to settle the border.", "negotiation"},
		{"More than 9,000 people have been killed, most of them since the war erupted on [April 15].", "attack"},
		{"Reno allowed the extension after rejecting a court order that Elian remain in Miami until [March 6] to hear arguments.", "other"},
		{"Reno rejected the order, and the family stayed in Miami until [March 6] to hear arguments.", ""},
		// A date's clause ends at a word of background: its purpose is no
		// event of the date.
		{"Egyptian and Qatari mediators met Israeli and Hamas negotiators in Cairo on [Tuesday] in a fresh push to extend the Gaza ceasefire.", ""},
		{"Egyptian mediators met Israeli envoys, and Hamas negotiators arrived in Cairo on [Tuesday] in a fresh push to extend the Gaza ceasefire.", "visit"},
		{"Egyptian mediators met Israeli envoys, and Hamas and Israel agreed a truce on [Tuesday] in a push to free the hostages.", ""}, // the trigger's clause
		// The trigger of a relative clause dates nothing outside it, but for
		// a clause of its own kind.
		{"Brazil, which hosts the next summit in Belem in November, will publish its priorities early [next year], its environment minister said on Friday.", "statement"},
		{"Kerry, who met Lavrov in Geneva, flew home on [Friday].", "other"},
		{"Kerry, who met Lavrov in Geneva, arrived in Moscow on [Friday].", ""}, // the trigger's clause: a visit
		{"Brazil, which hosts the next summit in Belem in [November], will publish its priorities early next year.", ""},
		{"The talks, which began in Geneva, will resume on [Monday] in Vienna.", ""},
		{"Kerry met Lavrov in the summit which hosts envoys, and they flew home on [Friday].", ""},
		// A restrictive relative clause, or one of another time, that holds
		// the trigger dates nothing outside it; it runs on past commas.
		{"South Africa mourned [Friday] the victims of the blasts which killed scores of people and injured more than 1,000 others in Kenya earlier in the day.", "other"},
		{"South Africa mourned Friday the victims of the blasts which killed scores of people and injured more than 1,000 others in Kenya [earlier in the day].", ""},
		{"About 500 people attended a [Sunday night] memorial service for the physician, one year after he was killed by a sniper's bullet.", "other"},
		{"Bushnell wrapped up some unfinished business on [Wednesday], meeting with Kenya's trade minister to finish talks that were interrupted by the car bombing.", "consult"},
		{"The warrant issued [Monday] charged Kopp in the shooting of Dr. Short, who was wounded in the elbow but survived the attack at his home.", "other"},
		{"White heads a team that is investigating the bombings which killed 224 people, including 12 Americans, on [Aug. 7, 1998].", ""},
		{"Kerry and Lavrov announced on [Friday] that the two sides had agreed on a plan to halt the fighting.", ""}, // "that" before no auxiliary: what is announced
		{"After Hamas fighters attacked the border, Israel's cabinet met on [Sunday].", "consult"},
		// A date in a relative clause, or one of another time, with no
		// trigger tells of an event of its own: no kind, or a statement;
		// unless the clause tells more of the trigger's noun, or the trigger
		// follows in the same clause.
		{"Since KKR bought RJR in [February] for $25 billion, it has agreed to sell nearly $5 billion of RJR assets.", "other"},
		{"The rallies drew attention to the case of Elian, who was rescued [Nov. 25] while clinging to an inner tube.", "other"},
		{"The protest marked a return to the demonstrations of the revolution that brought Castro to power [41 years ago].", "other"},
		{"The standoff eased after Castro announced [Wednesday] that the boy's father is ready to travel to the United States.", "statement"},
		{"The multi-party talks that are supposed to conclude by [May] invited Sinn Fein to rejoin.", ""},
		{"The Netherlands hosted the two-day summit, which ended on [Wednesday].", ""},
		{"The Netherlands hosted the two-day event, which ended on [Wednesday].", "other"},
		{"After touring Dar es Salaam [Thursday] and meeting with Kenyan police leaders, the FBI chief flew home.", ""},
		{"Since [1985], nearly 200 Israeli soldiers have been killed.", ""},
		{"Fighting has killed more than 1,000 people since it erupted on [April 15] between the army and the RSF.", ""},
		{"Fighting has killed more than 1,000 people since the army took the city on [April 15].", "other"},
		{"After missing an initial target date of [Aug. 1], de Mistura had hoped to restart the intra-Syrian discussions in late August.", ""},
		{"After missing a date of [Aug. 1], de Mistura had hoped to restart the intra-Syrian discussions in late August.", "other"},
		// A clause led by "when" right after a date tells what happened
		// then.
		{"Kavan, who lived in London from [1968], when the Soviets invaded Czechoslovakia, until 1989, said he remained buoyant.", "attack"},
		{"Kavan, who lived in London from [1968], later met Havel in Prague.", "other"},
		{"In contrast to Thursday, when 133 people were arrested, protesters in Miami were much calmer [Friday].", "other"},
		{"In contrast to [Thursday], when 133 people were arrested, protesters in Miami were much calmer Friday.", "coerce"},
		{"Cuban exiles failed to overthrow Castro in [1961] when the communist leader repelled their invasion.", "attack"},
		// The clause of the date and the one after ", when" are read
		// together: the stronger trigger of the two decides.
		{"The negotiations almost broke down on [Tuesday], when a drone attack killed 12 people in El Obeid.", "attack"},
		{"The talks resumed on [Tuesday], when the weather in Geneva was fine.", ""},
		{"The talks resumed on [Tuesday], and a drone attack killed 12 people in El Obeid.", "negotiation"},
		// A date in a clause of background after the trigger takes that
		// clause's kind.
		{"Another man has been arrested in connection with the bombings of U.S. embassies in Kenya and Tanzania [last year], police said today.", "attack"},
		{"A man was arrested in connection with the bombings on [Wednesday].", "attack"},
		{"A man was arrested on [Wednesday] in connection with the bombings.", ""},
		// A sentence that rejects what another clause reports is a
		// rejection; the other clause's date keeps its own kind.
		{"The Justice Department reached a plea agreement with Boeing in July 2024, but a federal judge rejected the deal in [December].", ""},
		{"The Justice Department reached a plea agreement with Boeing in [July 2024], but a federal judge rejected the deal in December.", "agreement"},
		// The date in the trigger's clause, or in a clause of no trigger.
		{"Kerry and Lavrov met in Geneva on [Friday].", ""},
		{"The agreement came more than 30 hours after the summit was scheduled to end on [Friday].", ""},
		{"Talks between Israel and Hamas resumed on [Monday].", ""},
		{"Fighting raged in Rafah on [Monday], officials said.", ""},
		// A date at the end of the main clause after a relative clause on
		// the subject that holds the trigger is the main clause's
		// (kinds9); one in the relative clause, or one with words after
		// its clause, keeps the trigger's.
		{"Officials who said drones struck the port gave no figures until [Tuesday].", "other"},
		{"Officials who said drones struck the port gave no figures on [Tuesday].", "other"},
		{"Soldiers who raided the village found weapons on [Tuesday].", "other"},
		{"Soldiers who raided the village met reporters on [Tuesday].", "consult"},
		{"The drones that struck the port on [Tuesday] were Iranian-made.", ""},
		{"The rebels who attacked the town killed 12 people on [Tuesday].", "attack"},
		{"Officials who said drones struck the port gave figures on [Tuesday], the army said.", ""},
		{"Officials who said missiles struck an energy facility near Lviv on [Saturday] declined to name it.", ""},
		{"Doctors who said the RSF killed more than 460 people at the hospital on [Oct. 28] called for an investigation.", ""},
		{"Kerry, who met Lavrov in Geneva, flew home on [Tuesday].", "other"},
	}
	for _, tt := range tests {
		got := reportedKind(t, tt.sentence, func(r *reported, km kind.Match) bool {
			r.trigStart, r.trigEnd = km.Start, km.End
			return true
		}, func(r *reported, text string, sp sentence.Span, m dates.Mention, v kind.Venue) (Kind, bool) {
			if !r.inOtherClause(text, sp, m) {
				return Kind{}, false
			}
			return r.otherClauseKind(text, sp, m, v)
		})
		if got != tt.want {
			t.Errorf("otherClauseKind(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// eventKinds returns the values and kinds of the events of a build of
// text, published on 2016-08-26: "2016-08-25/attack 2016-08-26/statement".
func eventKinds(t *testing.T, text string) string {
	t.Helper()
	return eventsOf(t, text, func(e *Event) string { return e.When.Value.Value + "/" + e.Kind.Name })
}

// TestLeadAndHeadlineKind checks that the headline's kind fills in the
// lead's only where the lead's own is weaker: none, a statement, a
// meeting, or a trigger of lower priority outside a clause of background.
func TestLeadAndHeadlineKind(t *testing.T) {
	article := func(title, lead string) string { return "---\ntitle: " + title + "\n---\n" + lead + "\n" }
	checkBuilds(t, eventKinds, []buildCase{
		// The headline fills in.
		{article("Russia and Turkey agree Syria truce", "Officials gave details on Thursday."), "2016-08-25/ceasefire"},
		{article("Russia and Turkey agree Syria truce", "Kerry said on Thursday the sides would sign it."), "2016-08-25/ceasefire"},
		{article("Kerry, Lavrov kick off Syria talks in Geneva", "The top diplomats are meeting in Geneva to discuss the war."), "2016-08-26/negotiation"},
		{article("Israel and Hamas agree ceasefire", "Talks in Doha ended on Thursday."), "2016-08-25/ceasefire"},
		// The lead's own kind is as strong or stronger, or the headline's
		// stands in a clause of background.
		{article("Israel strikes Iran as talks stall", "Israel launched airstrikes on Iranian nuclear sites on Thursday."), "2016-08-25/attack"},
		{article("Israel strikes Hezbollah targets as ceasefire talks drag on", "Israeli warplanes pounded Beirut on Thursday."), "2016-08-25/attack"},
		{article("Man charged over killing of executive", "Prosecutors charged Mangione with murder on Thursday."), "2016-08-25/coerce"},
		{article("Talks resume in Geneva", "Rebels attacked the town on Thursday."), "2016-08-25/attack"},
		// A headline's verb that is a noun too strikes when a force or a
		// state the title names strikes a name (kinds9).
		{article("Israel strikes Iran", "Explosions were heard in Tehran on Thursday."), "2016-08-25/attack"},
		{article("Rebels shell Goma", "Residents fled the city on Thursday."), "2016-08-25/attack"},
		{article("US bombs Iran nuclear sites", "Officials gave details on Thursday."), "2016-08-25/attack"},
		{article("UAW strikes Ford", "Workers walked out on Thursday."), "2016-08-25/protest"},
		{article("Shell strikes deal with Qatar", "Officials gave details on Thursday."), "2016-08-25/other"},
		{article("Sterling pounds investors", "Officials gave details on Thursday."), "2016-08-25/other"},
		// A lead whose own event CAMEO has no code for keeps it.
		{article("Senate approves debt deal", "The Senate voted 63 to 36 on Thursday to pass the bill."), "2016-08-25/other"},
	})
}

// TestSpillOver checks the dates that took the kind of another clause or
// word of their sentence, and what must not change.
func TestSpillOver(t *testing.T) {
	checkBuilds(t, eventKinds, []buildCase{
		// A meeting at a host's seat is a visit.
		{"Modi met Trump at the White House on Thursday.\n", "2016-08-25/visit"},
		{"Netanyahu, who met Trump at the White House on Tuesday, called the scenes shocking.\n", "2016-08-23/visit"},
		{"Kerry met Lavrov on Thursday, a White House official said.\n", "2016-08-25/consult"},
		// A report's date is the report's.
		{"The Cape Argus newspaper reported on Thursday that a Tanzanian man was arrested.\n", "2016-08-25/statement"},
		{"A man was arrested on Thursday, the newspaper reported.\n", "2016-08-25/coerce"},
		// A charge's offence dates its date.
		{"Kopp, who is charged with gunning down Dr. Slepian last fall, remains at large.\n", "2015-FA/attack 2016-08-26/coerce"},
		{"Police arrested a man on Thursday for killing a guard last year.\n", "2015/attack 2016-08-25/coerce"},
		{"Prosecutors charged the former minister with abuse of power on Thursday.\n", "2016-08-25/coerce"},
		{"Prosecutors charged him on Thursday with killing a guard.\n", "2016-08-25/coerce"},
		// A possessive date reads past an abbreviation to its noun.
		{"He was arrested in connection with last year's deadly U.S. Embassy blasts in Kenya.\n", "2015/attack 2016-08-26/coerce"},
		{"He was arrested in connection with last year's U.S. election fraud.\n", "2015/coerce 2016-08-26/coerce"},
		// A participle is no arrest; a release is its own event.
		{"The detained activists were released on bail on Thursday.\n", "2016-08-25/release"},
		{"Police detained 40 activists on Thursday.\n", "2016-08-25/coerce"},
		// A participle set off after its noun tells the noun's event, which
		// dates what the noun does next too; a measure takes effect.
		{"The agreement, signed on Thursday after three days of talks, will take effect on Sunday.\n", "2016-08-25/agreement 2016-08-28/agreement"},
		{"The truce, signed in Cairo on Thursday, came into force on Sunday.\n", "2016-08-21/ceasefire 2016-08-25/ceasefire"},
		{"The steel surtax is due to take effect on Sept. 1.\n", "2016-08-26/sanction 2016-09-01/sanction"},
		{"The appointment takes effect on Sept. 1.\n", "2016-08-26/other 2016-09-01/other"},
		// A condemnation is a statement.
		{"Iran on Thursday condemned the bombing of the embassies.\n", "2016-08-25/statement"},
		// A sentence that is a statement only by "announced" goes through
		// the clause rules; one with a reporting verb does not.
		{"Plaintiffs had sued in April, after the tariffs were announced on April 2.\n", "2016-04/other 2016-04-02/statement 2016-08-26/statement"},
		{"Russia announced on Thursday that it would appeal the ruling.\n", "2016-08-25/statement"},
		{"Plaintiffs said in April, after the tariffs were imposed on April 2, that they would sue.\n", "2016-04/statement 2016-04-02/statement 2016-08-26/statement"},
	})
}

// TestOffenceEnd checks where the words of a charge's offence end: the
// second word up to four words after the first, the last pair counting.
func TestOffenceEnd(t *testing.T) {
	offences := leads().offence
	for s, want := range map[string]string{
		"who is charged with gunning down Dr. Slepian ":             "who is charged with",
		"charged the former minister with abuse of power ":          "charged the former minister with",
		"ACCUSED OF killing ":                                       "ACCUSED OF",
		"arrested on suspicion of spying and charged with treason ": "arrested on suspicion of spying and charged with",
		"charged on a Friday in a long case with ":                  "",
		"met with Lavrov ":                                          "",
		"":                                                          "",
	} {
		got := ""
		if i := offenceEnd(s, offences); i >= 0 {
			got = s[:i]
		}
		if got != want {
			t.Errorf("offenceEnd(%q) ends after %q, want %q", s, got, want)
		}
	}
}

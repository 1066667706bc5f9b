package timeline_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/timeline"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Values for merge tests.
var (
	aug26 = dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: day(2016, 8, 26), End: day(2016, 8, 26)}
	aug25 = dates.Value{Type: dates.Date, Value: "2016-08-25", Grain: dates.GrainDay, Start: day(2016, 8, 25), End: day(2016, 8, 25)}
	sep9  = dates.Value{Type: dates.Date, Value: "2016-09-09", Grain: dates.GrainDay, Start: day(2016, 9, 9), End: day(2016, 9, 9)}
	sep2  = dates.Value{Type: dates.Date, Value: "2016-09-02", Grain: dates.GrainDay, Start: day(2016, 9, 2), End: day(2016, 9, 2)}
	aug   = dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Start: day(2016, 8, 1), End: day(2016, 8, 31)}
	sept  = dates.Value{Type: dates.Date, Value: "2016-09", Grain: dates.GrainMonth, Start: day(2016, 9, 1), End: day(2016, 9, 30)}
	w35   = dates.Value{Type: dates.Date, Value: "2016-W35", Grain: dates.GrainWeek, Start: day(2016, 8, 29), End: day(2016, 9, 4)}
	q3    = dates.Value{Type: dates.Date, Value: "2016-Q3", Grain: dates.GrainQuarter, Start: day(2016, 7, 1), End: day(2016, 9, 30)}
	y2016 = dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Start: day(2016, 1, 1), End: day(2016, 12, 31)}
	at3pm = dates.Value{Type: dates.Time, Value: "2016-08-26T15:00", Grain: dates.GrainMinute,
		Start: time.Date(2016, 8, 26, 15, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 26, 15, 0, 59, 0, time.UTC)}
	at4pm = dates.Value{Type: dates.Time, Value: "2016-08-26T16:00", Grain: dates.GrainMinute,
		Start: time.Date(2016, 8, 26, 16, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 26, 16, 0, 59, 0, time.UTC)}
	future = dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}
)

var (
	mediation   = timeline.Kind{Name: "mediation", CAMEO: "045"}
	negotiation = timeline.Kind{Name: "negotiation", CAMEO: "046"}
	meeting     = timeline.Kind{Name: "meeting", CAMEO: "044"}
	intent      = timeline.Kind{Name: "intent", CAMEO: "036"}
	ceasefire   = timeline.Kind{Name: "ceasefire", CAMEO: "0871"}
	agreement   = timeline.Kind{Name: "agreement", CAMEO: "057"}
	attack      = timeline.Kind{Name: "attack", CAMEO: "19"}
	statement   = timeline.Kind{Name: "statement", CAMEO: "010"}
	otherKind   = timeline.Kind{Name: "other"}

	protest  = timeline.Kind{Name: "protest", CAMEO: "14"}
	sanction = timeline.Kind{Name: "sanction", CAMEO: "163"}

	kerry    = timeline.Actor{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}
	ortiz    = timeline.Actor{Name: "Lena Ortiz", Type: "person"}
	sixSwiss = timeline.Actor{Name: "SIX Swiss Exchange", Type: "organization"}
	babis    = timeline.Actor{Name: "Andrej Babis", Type: "person"}
	spd      = timeline.Actor{Name: "SPD", Type: "organization"}
	lavrov   = timeline.Actor{Name: "Sergey Lavrov", Type: "person"}
	putin    = timeline.Actor{Name: "Vladimir Putin", Type: "person"}
	harlan   = timeline.Actor{Name: "Harlan Foods", Type: "organization"}
	aep      = timeline.Actor{Name: "AEP", Type: "organization"}
)

// mergeSources are the documents of the merge tests.
var mergeSources = []timeline.Source{
	{ID: "a", Published: day(2016, 8, 26)},
	{ID: "b", Published: day(2016, 9, 10)},
	{ID: "c", Published: day(2016, 9, 13)},
	{ID: "d", Published: day(2016, 9, 20)},
}

// ev is an event of sentence n of document doc.
func ev(doc string, n int, v dates.Value, k timeline.Kind, place string, actors ...timeline.Actor) timeline.Event {
	text := fmt.Sprintf("%s sentence %d.", doc, n)
	c := timeline.Citation{Doc: doc, Sentence: n, Start: 10 * n, End: 10*n + 9, Quote: text}
	return timeline.Event{
		When: timeline.When{Value: v, Phrase: v.Value, Rule: "test"}, Text: text, Expected: v.Future,
		Source: c, Citations: []timeline.Citation{c}, Kind: k, Place: place, Actors: actors,
	}
}

// Two outlets' reports of one truce, for the merge's second pass.
const (
	signedTruce = "Kerry and Lavrov signed a humanitarian truce in Geneva on Friday."
	trucePact   = "The humanitarian truce agreement Kerry and Lavrov signed in Geneva takes effect Monday."
)

// deal11pm tells two events, a deal and the session that led to it.
const deal11pm = "The deal was reached at about 11 p.m. after a marathon session with a federal mediator in Des Moines that ran through the night."

// saidAt is an event of sentence n of document doc at place that says
// text.
func saidAt(doc string, n int, v dates.Value, k timeline.Kind, place, text string, actors ...timeline.Actor) timeline.Event {
	e := said(doc, n, v, k, text, actors...)
	e.Place = place
	return e
}

// copiesOf returns events of kind "other" of sentence n of each document
// of docs (one letter each) that say text: a story given under several IDs.
func copiesOf(docs string, n int, v dates.Value, text string, actors ...timeline.Actor) []timeline.Event {
	var events []timeline.Event
	for _, doc := range docs {
		events = append(events, saidAt(string(doc), n, v, otherKind, "", text, actors...))
	}
	return events
}

// guiltyPlea is a report of kind "other" of a person, alike to itself as
// two such reports must be to join (three content words beyond the name).
const guiltyPlea = "Ortiz pleaded guilty to two counts of securities fraud on Friday in Boston."

// said is an event of sentence n of document doc that says text.
func said(doc string, n int, v dates.Value, k timeline.Kind, text string, actors ...timeline.Actor) timeline.Event {
	e := ev(doc, n, v, k, "", actors...)
	e.Text, e.Citations[0].Quote, e.Source.Quote = text, text, text
	return e
}

// groups describes merged events as "a1+b2 c3": the citations of each
// event, events in the order given.
func groups(events []timeline.Event) string {
	var out []string
	for _, e := range events {
		var cs []string
		for _, c := range e.Citations {
			cs = append(cs, fmt.Sprintf("%s%d", c.Doc, c.Sentence))
		}
		out = append(out, strings.Join(cs, "+"))
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name   string
		events []timeline.Event
		want   string
	}{
		{"same kind, day and actor", []timeline.Event{
			ev("a", 1, aug26, negotiation, "", kerry),
			ev("b", 4, aug26, negotiation, "", kerry, lavrov),
		}, "a1+b4"},
		{"same place only", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva"),
			ev("b", 4, aug26, negotiation, "geneva", putin),
		}, "a1+b4"},
		{"nothing shared", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 4, aug26, negotiation, "Moscow", putin),
		}, "a1 b4"},
		{"different kind", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 4, aug26, ceasefire, "Geneva", kerry),
		}, "a1 b4"},
		{"same CAMEO root: talks and a meeting", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 4, aug, meeting, "Geneva", kerry),
		}, "a1+b4"},
		{"same CAMEO root needs the place", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 4, aug, timeline.Kind{Name: "consult", CAMEO: "040"}, "", kerry),
		}, "a1 b4"},
		{"an intent and the meeting it announces", []timeline.Event{
			ev("a", 1, aug26, intent, "Geneva", kerry),
			ev("b", 4, at3pm, meeting, "Geneva", kerry),
		}, "a1+b4"},
		{"an intent and the meeting, an actor in common", []timeline.Event{
			ev("a", 1, aug26, intent, "", kerry),
			ev("b", 4, aug26, negotiation, "Geneva", kerry, lavrov),
		}, "a1+b4"},
		{"an intent and a meeting of another day", []timeline.Event{
			ev("a", 1, aug25, intent, "Geneva", kerry),
			ev("b", 4, aug26, meeting, "Geneva", kerry),
		}, "a1 b4"},
		{"an intent of a week and a meeting of a day in it", []timeline.Event{
			ev("a", 1, w35, intent, "Geneva", kerry),
			ev("b", 4, sep2, meeting, "Geneva", kerry),
		}, "a1 b4"},
		{"an intent and a meeting with nothing in common", []timeline.Event{
			ev("a", 1, aug26, intent, "Geneva", kerry),
			ev("b", 4, aug26, meeting, "Moscow", putin),
		}, "a1 b4"},
		{"an intent is not an agreement", []timeline.Event{
			ev("a", 1, aug26, intent, "Geneva", kerry),
			ev("b", 4, aug26, timeline.Kind{Name: "agreement", CAMEO: "057"}, "Geneva", kerry),
		}, "a1 b4"},
		{"disjoint days", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 4, aug25, negotiation, "Geneva", kerry),
		}, "a1 b4"},
		{"a day inside a month", []timeline.Event{
			ev("b", 4, aug26, negotiation, "Geneva", kerry),
			ev("c", 6, aug, negotiation, "Geneva", kerry),
		}, "b4+c6"},
		{"same document never merges", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("a", 9, aug26, negotiation, "Geneva", kerry),
		}, "a1 a9"},
		{"one event per document in a group", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("a", 9, aug26, negotiation, "Geneva", kerry),
			ev("b", 4, aug26, negotiation, "Geneva", kerry),
		}, "a1+b4 a9"},
		{"other needs an actor and the place", []timeline.Event{
			ev("a", 1, aug26, otherKind, "Geneva"),
			ev("b", 4, aug26, otherKind, "Geneva"),
			ev("c", 2, aug26, otherKind, "", kerry),
			ev("d", 2, aug26, otherKind, "", kerry),
		}, "a1 b4 c2 d2"},
		{"other with both", []timeline.Event{
			ev("a", 1, aug26, otherKind, "Geneva", kerry),
			ev("b", 4, aug26, otherKind, "Geneva", kerry),
		}, "a1+b4"},
		{"references on the same publication day", []timeline.Event{
			ev("b", 2, future, ceasefire, "Syria"),
			ev("b", 3, future, ceasefire, "Syria"), // same document
		}, "b2 b3"},
		{"references need the same publication day", []timeline.Event{
			ev("b", 2, future, ceasefire, "Syria"),
			ev("c", 3, future, ceasefire, "Syria"),
		}, "b2 c3"},
		{"a reference and a date", []timeline.Event{
			ev("b", 2, future, ceasefire, "Syria"),
			ev("c", 3, sep9, ceasefire, "Syria"),
		}, "b2 c3"},
		{"no chain through a vague date", []timeline.Event{
			ev("a", 1, aug, negotiation, "Geneva", kerry),
			ev("b", 1, y2016, negotiation, "Geneva", kerry),
			ev("c", 1, sept, negotiation, "Geneva", kerry),
		}, "a1+b1 c1"},
		{"a year is not a day's", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 1, y2016, negotiation, "Geneva", kerry),
			ev("c", 1, sep9, negotiation, "Geneva", kerry),
		}, "a1 b1 c1"},
		{"a quarter and a day not in one group, through a month", []timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", kerry),
			ev("b", 1, aug, negotiation, "Geneva", kerry),
			ev("c", 1, q3, negotiation, "Geneva", kerry),
		}, "a1 b1+c1"}, // the month and the quarter overlap more
		{"a quarter and a month", []timeline.Event{
			ev("b", 1, aug, negotiation, "Geneva", kerry),
			ev("c", 1, q3, negotiation, "Geneva", kerry),
		}, "b1+c1"},
		{"three reports of one meeting", []timeline.Event{
			ev("d", 7, aug, negotiation, "Geneva", kerry, lavrov),
			ev("a", 1, aug26, meeting, "Geneva"),
			ev("c", 6, aug, negotiation, "Geneva", kerry, lavrov),
			ev("b", 8, aug26, negotiation, "Geneva", kerry, lavrov),
			ev("a", 9, aug26, negotiation, "Geneva"),
		}, "a1+b8+c6+d7 a9"},
		// Reports of one day and kind that share no actor or place, one
		// naming nobody, merge when their sentences share content words.
		{"one session, three phrasings", []timeline.Event{
			said("a", 1, aug26, mediation, "The agreement came after the first mediated session last Thursday ended without a deal."),
			said("b", 2, aug26, mediation, "An earlier mediated session on Aug. 17 had ended without a deal."),
			said("c", 3, aug26, mediation, "The turning point, members say, came at the first mediated session on August 17."),
		}, "a1+b2+c3"},
		{"a named report and a bare one", []timeline.Event{
			said("a", 1, aug26, mediation, "Harlan Foods said the mediated session ended without a deal.", harlan),
			said("b", 2, aug26, mediation, "An earlier mediated session on Aug. 17 had ended without a deal."),
		}, "a1+b2"},
		{"bare reports of kind other", []timeline.Event{
			said("a", 1, aug26, otherKind, "The steel and aluminum surtax is due to take effect on Jan. 1."),
			said("b", 2, aug26, otherKind, "The surtax that was to take effect on Jan. 1 is postponed."),
		}, "a1 b2"},
		{"bare statements", []timeline.Event{
			said("a", 1, aug26, timeline.Kind{Name: "statement", CAMEO: "010"}, "Officials said the mediated session ended without a deal."),
			said("b", 2, aug26, timeline.Kind{Name: "statement", CAMEO: "010"}, "The mediated session ended without a deal, officials said."),
		}, "a1 b2"},
		{"bare attacks", []timeline.Event{
			said("a", 1, aug26, timeline.Kind{Name: "attack", CAMEO: "19"}, "Bombs exploded outside the embassies in two capitals."),
			said("b", 2, aug26, timeline.Kind{Name: "attack", CAMEO: "19"}, "The bombs exploded at the embassies."),
		}, "a1+b2"},
		{"different days", []timeline.Event{
			said("a", 1, aug26, mediation, "The first mediated session ended without a deal."),
			said("b", 2, aug25, mediation, "An earlier mediated session had ended without a deal."),
		}, "a1 b2"},
		{"different kinds, not kin", []timeline.Event{
			said("a", 1, aug26, mediation, "The first mediated session ended without a deal."),
			said("b", 2, aug26, attack, "An earlier mediated session had ended without a deal."),
		}, "a1 b2"},
		{"a month is not the day", []timeline.Event{
			said("a", 1, aug26, mediation, "The first mediated session ended without a deal."),
			said("b", 2, aug, mediation, "An earlier mediated session had ended without a deal."),
		}, "a1 b2"},
		{"one word in common", []timeline.Event{
			said("a", 1, aug26, mediation, "The first mediated session ended without a deal."),
			said("b", 2, aug26, mediation, "Mediators flew to Doha."),
		}, "a1 b2"},
		{"few words of a long sentence", []timeline.Event{
			said("a", 1, aug26, mediation, "Mediated talks between the union representing striking workers and the meatpacker resumed with the help of a federal official at a downtown hotel."),
			said("b", 2, aug26, mediation, "The mediated talks resumed."),
		}, "a1 b2"},
		{"both name actors", []timeline.Event{
			said("a", 1, aug26, mediation, "Harlan Foods said the mediated session ended without a deal.", harlan),
			said("b", 2, aug26, mediation, "Kerry said the mediated session ended without a deal.", kerry),
		}, "a1 b2"},
		// A second pass joins groups of one day and of kin kinds
		// (data/kin.txt), or of kind "other" or a statement and any
		// other, that share an actor or the place and whose sentences
		// are alike.
		{"a truce and an agreement, an actor in common", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", signedTruce, kerry),
			saidAt("b", 2, aug26, agreement, "", trucePact, kerry, lavrov),
		}, "a1+b2"},
		{"talks and other, the place in common", []timeline.Event{
			saidAt("a", 1, aug26, negotiation, "Geneva", "Kerry and Lavrov held talks on Syria in Geneva.", kerry),
			saidAt("b", 2, aug26, otherKind, "Geneva", "The Syria talks in Geneva between Kerry and Lavrov ran late."),
		}, "a1+b2"},
		{"an attack and a statement", []timeline.Event{
			saidAt("a", 1, aug26, attack, "", "Rebels shelled the Aleppo airport, Lavrov said.", lavrov),
			saidAt("b", 2, aug26, statement, "", "Lavrov said rebels shelled the Aleppo airport overnight.", lavrov),
		}, "a1+b2"},
		{"a truce and an agreement of different days", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", signedTruce, kerry),
			saidAt("b", 2, aug25, agreement, "", trucePact, kerry, lavrov),
		}, "a1 b2"},
		{"a truce and a month", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", signedTruce, kerry),
			saidAt("b", 2, aug, agreement, "", trucePact, kerry, lavrov),
		}, "a1 b2"},
		{"a truce is no attack", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", "Kerry said rebels violated the Aleppo truce on Friday.", kerry),
			saidAt("b", 2, aug26, attack, "", "Rebels violated the Aleppo truce, Kerry said.", kerry),
		}, "a1 b2"},
		{"other and a truce, words not alike", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", signedTruce, kerry),
			saidAt("b", 2, aug26, otherKind, "", "Kerry flew home to Washington after a long week.", kerry),
		}, "a1 b2"},
		{"other and a truce, nobody in common", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", signedTruce, kerry),
			saidAt("b", 2, aug26, otherKind, "", "Kerry and Lavrov signed a humanitarian truce in Geneva, Putin said.", putin),
		}, "a1 b2"},
		{"a truce and an attack do not join through other", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", "Kerry said the Aleppo truce collapsed as rebels shelled the airport.", kerry),
			saidAt("b", 2, aug26, otherKind, "", "Kerry said the Aleppo truce collapsed as rebels shelled the airport on Friday.", kerry),
			saidAt("c", 3, aug26, attack, "", "Rebels shelled the Aleppo airport as the truce collapsed, Kerry said.", kerry),
		}, "a1+b2 c3"},
		{"two of kind other linked by an organisation", []timeline.Event{
			saidAt("a", 1, aug26, otherKind, "", "In SIX Swiss Exchange trading yesterday, Novartis shares closed at 80 francs.", sixSwiss),
			saidAt("b", 2, aug26, otherKind, "", "Nestle shares closed at 70 francs in SIX Swiss Exchange trading yesterday.", sixSwiss),
		}, "a1 b2"},
		// Two reports of kind "other" join in the second pass if they
		// share a person or a state, three content words beyond the
		// link, and the names beyond it.
		{"two of kind other, one person, alike", []timeline.Event{
			saidAt("a", 1, aug26, otherKind, "", "Ortiz pleaded guilty to two counts of securities fraud on Friday in Boston.", ortiz),
			saidAt("b", 2, aug26, otherKind, "", "On Friday, Ortiz pleaded guilty in Boston to securities fraud.", ortiz),
		}, "a1+b2"},
		{"two of kind other, one person, other names", []timeline.Event{
			saidAt("a", 1, aug26, otherKind, "", "Ortiz pleaded guilty to securities fraud on Friday in Boston.", ortiz),
			saidAt("b", 2, aug26, otherKind, "", "Ortiz pleaded guilty to securities fraud on Friday in Denver.", ortiz),
		}, "a1 b2"},
		{"two of kind other, one person, one names nothing else", []timeline.Event{
			saidAt("a", 1, aug26, otherKind, "", "Ortiz pleaded guilty to securities fraud on Friday in Boston.", ortiz),
			saidAt("b", 2, aug26, otherKind, "", "Ortiz pleaded guilty to securities fraud on Friday.", ortiz),
		}, "a1 b2"},
		{"two of kind other, one person, few words", []timeline.Event{
			saidAt("a", 1, aug26, otherKind, "", "Ortiz pleaded guilty on Friday.", ortiz),
			saidAt("b", 2, aug26, otherKind, "", "Ortiz was in court on Friday.", ortiz),
		}, "a1 b2"},
		// Copies of one report of kind "other", a story given under
		// several IDs, join as two reports alike do, or stay apart.
		{"copies of kind other, one person, and a report alike", append(copiesOf("abc", 1, aug26, guiltyPlea, ortiz),
			saidAt("d", 2, aug26, otherKind, "", "On Friday, Ortiz pleaded guilty in Boston to securities fraud.", ortiz)), "a1+b1+c1+d2"},
		{"copies of kind other, one state", copiesOf("ab", 3, aug26, "Poland will officially join NATO on Friday in a ceremony in Independence, Missouri.",
			timeline.Actor{Name: "Poland", Type: "state"}), "a3+b3"},
		{"copies of kind other, few words", copiesOf("abc", 1, aug26, "Ortiz was in court on Friday.", ortiz), "a1 b1 c1"},
		{"copies of kind other linked by an organisation", copiesOf("ab", 1, aug26, "In SIX Swiss Exchange trading yesterday, Novartis shares closed at 80 francs.", sixSwiss), "a1 b1"},
		{"copies of kind other of one document", append(copiesOf("a", 1, aug26, guiltyPlea, ortiz), copiesOf("a", 5, aug26, guiltyPlea, ortiz)...), "a1 a5"},
		{"copies of kind other, two days", append(copiesOf("a", 1, aug26, guiltyPlea, ortiz), copiesOf("b", 1, aug25, guiltyPlea, ortiz)...), "a1 b1"},
		{"names beyond the link differ", []timeline.Event{
			saidAt("a", 1, aug26, statement, "", "Secretary Kerry said the Aleppo truce collapsed on Friday.", kerry),
			saidAt("b", 2, aug26, ceasefire, "", "Secretary Kerry said the Homs truce collapsed on Friday.", kerry),
		}, "a1 b2"},
		{"one report of an article", []timeline.Event{
			saidAt("a", 1, aug26, ceasefire, "", signedTruce, kerry),
			saidAt("a", 2, aug26, agreement, "", trucePact, kerry),
			saidAt("b", 3, aug26, otherKind, "", "Kerry and Lavrov signed a humanitarian truce in Geneva.", kerry),
		}, "a1+b3 a2"},
		{"other with an actor", []timeline.Event{
			said("a", 1, aug26, otherKind, "In national over-the-counter trading yesterday, AEP shares closed at $21.25.", aep),
			said("b", 2, aug26, otherKind, "Yesterday it closed at $4.375 a share in national over-the-counter trading."),
		}, "a1 b2"},
		{"names that differ", []timeline.Event{
			said("a", 1, aug26, otherKind, "In national over-the-counter trading yesterday, Cambrex shares closed at $13."),
			said("b", 2, aug26, otherKind, "In national over-the-counter trading yesterday, Ralston shares closed at $4."),
		}, "a1 b2"},
		{"one article", []timeline.Event{
			said("a", 1, aug26, mediation, "The first mediated session ended without a deal."),
			said("a", 2, aug26, mediation, "An earlier mediated session had ended without a deal."),
		}, "a1 a2"},
		// The second pass joins groups of kin kinds that nothing links
		// but their words, one report naming no actor and no place and
		// one kind telling what happened: three content words in common.
		{"a bare report and other, alike in words", []timeline.Event{
			said("a", 1, aug26, protest, "It will be the first meeting since the strike began on Saturday."),
			said("b", 2, aug26, otherKind, "The strike, which began at 12:01 a.m. on Aug. 12, is the first in Harlan's history.", harlan),
		}, "a1+b2"},
		{"two bare reports, a sanction and other", []timeline.Event{
			said("a", 1, aug26, sanction, "The EV tariff took effect on Oct. 1."),
			said("b", 2, aug26, otherKind, "It comes on top of the 100-per-cent tariff on Chinese-made electric vehicles that took effect on Oct. 1."),
		}, "a1+b2"},
		{"kin kinds, nobody named", []timeline.Event{
			said("a", 1, aug26, mediation, "The first mediated session ended without a deal."),
			said("b", 2, aug26, negotiation, "An earlier mediated session had ended without a deal."),
		}, "a1+b2"},
		{"two words in common without a link", []timeline.Event{
			said("a", 1, aug26, sanction, "Under the arrangement, the surtax that was to take effect on Jan. 1 is postponed."),
			said("b", 2, aug26, otherKind, "If they fail, both measures will take effect then."),
		}, "a1 b2"},
		{"two attacks in two cities", []timeline.Event{
			said("a", 1, aug26, attack, "A car bomb exploded at a crowded market in Mosul on Friday."),
			saidAt("b", 2, aug26, otherKind, "Kirkuk", "A car bomb exploded at a crowded market in Kirkuk on Friday."),
		}, "a1 b2"},
		{"two meetings of one day", []timeline.Event{
			said("a", 1, aug26, meeting, "The finance committee met on Friday to review the budget."),
			said("b", 2, aug26, negotiation, "The union negotiators met on Friday to review the contract."),
		}, "a1 b2"},
		{"two bidders' deadlines", []timeline.Event{
			said("a", 1, aug26, statement, "Under British takeover rules, Varda has until 5 p.m. on April 1 to announce a firm intention to make an offer or walk away."),
			said("b", 2, aug26, timeline.Kind{Name: "consult", CAMEO: "040"}, "Summit has until 1 April under the same takeover rules to make a firm offer or walk away."),
		}, "a1 b2"},
		{"daily market lines: a statement and other", []timeline.Event{
			said("a", 1, aug26, statement, "Stocks closed higher in heavy trading on Friday, traders said."),
			said("b", 2, aug26, otherKind, "Stocks closed higher in heavy trading on Friday."),
		}, "a1 b2"},
		{"two dividends: a statement and other", []timeline.Event{
			said("a", 1, aug26, statement, "ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.", timeline.Actor{Name: "ONEIDA Ltd.", Type: "organization"}),
			said("b", 2, aug26, otherKind, "The reduced dividend is payable Jan. 2 to stock of record Dec. 15."),
		}, "a1 b2"},
		// One event told twice in one article, in its lead and a later
		// paragraph, is one event when another article tells the later
		// paragraph alike and the two name an actor alike.
		{"a lead and a later paragraph", []timeline.Event{
			said("a", 1, aug26, negotiation, "Babis said he would start talks with the SPD this week.", babis, spd),
			said("a", 8, aug26, negotiation, "ANO officials said the first round of exploratory talks with the SPD would take place on Tuesday at the party headquarters in Chodov.", spd),
			said("b", 2, aug26, negotiation, "Babis said the first round of exploratory talks with the SPD would take place on Tuesday at the headquarters in Chodov.", babis, spd),
		}, "a1+a8+b2"},
		{"a lead and a paragraph that name no one alike", []timeline.Event{
			said("a", 1, aug26, negotiation, "The first round of exploratory talks will take place on Tuesday in Chodov, officials said."),
			said("a", 8, aug26, negotiation, "Babis said the first round of exploratory talks would take place on Tuesday at the headquarters in Chodov.", babis),
			said("b", 2, aug26, negotiation, "Babis said the first round of exploratory talks would take place on Tuesday at the party headquarters in Chodov.", babis),
		}, "a1 a8+b2"},
		{"a later paragraph alike only in its link", []timeline.Event{
			saidAt("a", 1, aug26, negotiation, "Geneva", "Kerry and Lavrov are holding talks in Geneva."),
			saidAt("a", 9, aug26, negotiation, "Geneva", "Experts will stay in Geneva after the talks."),
			saidAt("c", 6, aug, negotiation, "Geneva", "The deal was drafted at last month's talks in Geneva."),
		}, "a1+c6 a9"},
		{"the events of one sentence are its own", []timeline.Event{
			saidAt("a", 2, aug26, agreement, "Des Moines", deal11pm),
			saidAt("a", 2, aug26, mediation, "Des Moines", deal11pm),
			saidAt("b", 3, aug26, agreement, "Des Moines", "The deal was reached at 11 p.m. after a marathon session with a federal mediator in Des Moines."),
		}, "a2 a2+b3"},
		{"statements of one article", []timeline.Event{
			said("a", 3, aug26, statement, "President Bush on Tuesday said the naval quarantine may extend to Aqaba.", putin),
			said("a", 53, aug26, statement, "Bush told a news conference on Tuesday that the naval quarantine may extend to Aqaba.", putin),
			said("b", 2, aug26, statement, "Bush said on Tuesday that the naval quarantine may extend to Aqaba.", putin),
		}, "a3+b2 a53"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := timeline.Merge(tc.events, mergeSources)
			if g := groups(got); g != tc.want {
				t.Errorf("Merge = %s, want %s", g, tc.want)
			}
			checkMerged(t, got)
		})
	}
}

// checkMerged checks the invariants of merged events: at least one
// citation, sorted, at most one per sentence of a document, Source among
// them.
func checkMerged(t *testing.T, events []timeline.Event) {
	t.Helper()
	for _, e := range events {
		if len(e.Citations) == 0 {
			t.Errorf("event %q has no citation", e.Text)
			continue
		}
		sentences := map[string]bool{}
		for i, c := range e.Citations {
			key := fmt.Sprintf("%s#%d", c.Doc, c.Sentence)
			if sentences[key] {
				t.Errorf("event %q cites sentence %s twice", e.Text, key)
			}
			sentences[key] = true
			if i > 0 {
				p := e.Citations[i-1]
				if p.Doc > c.Doc || p.Doc == c.Doc && p.Sentence > c.Sentence {
					t.Errorf("event %q: citations not sorted: %v", e.Text, e.Citations)
				}
			}
		}
		if !slices.Contains(e.Citations, e.Source) {
			t.Errorf("event %q: Source %v is not among its citations", e.Text, e.Source)
		}
	}
}

// The merged event keeps the most precise date with its text, unions the
// actors, keeps a place, and is expected only if every report expects it.
func TestMergeKeeps(t *testing.T) {
	month := ev("c", 6, aug, negotiation, "Geneva", lavrov, kerry)
	dayEv := ev("b", 8, aug26, negotiation, "", timeline.Actor{Name: "John Kerry", Type: "person"})
	got := timeline.Merge([]timeline.Event{month, dayEv}, mergeSources)
	if len(got) != 1 {
		t.Fatalf("Merge = %s, want one event", groups(got))
	}
	e := got[0]
	if e.When.Value.Value != "2016-08-26" || e.Text != dayEv.Text || e.Source != dayEv.Source {
		t.Errorf("merged event %+v, want the date, text and source of %+v", e, dayEv)
	}
	if e.Place != "Geneva" {
		t.Errorf("place %q, want Geneva", e.Place)
	}
	// Representative's actors first; Kerry once, with the role another
	// report gives.
	if want := []timeline.Actor{kerry, lavrov}; !slices.Equal(e.Actors, want) {
		t.Errorf("actors %v, want %v", e.Actors, want)
	}
	if e.DateConflict != "" {
		t.Errorf("date conflict %q for a day inside its month", e.DateConflict)
	}

	// Of the same actor, the fullest name is kept.
	if entity.SameActor(entity.Actor{Name: "Lavrov", Type: "person"}, entity.Actor{Name: "Sergey Lavrov", Type: "person"}) {
		got = timeline.Merge([]timeline.Event{
			ev("a", 1, aug26, negotiation, "Geneva", timeline.Actor{Name: "Lavrov", Type: "person"}),
			ev("b", 8, aug, negotiation, "Geneva", lavrov),
		}, mergeSources)
		if len(got) != 1 || !slices.Equal(got[0].Actors, []timeline.Actor{lavrov}) {
			t.Errorf("Lavrov and Sergey Lavrov: %+v, want one event with Sergey Lavrov", got)
		}
	}

	// The kind is the most precise report's.
	got = timeline.Merge([]timeline.Event{ev("c", 6, aug, negotiation, "Geneva"), ev("b", 8, aug26, meeting, "Geneva")}, mergeSources)
	if len(got) != 1 || got[0].Kind != meeting {
		t.Errorf("related kinds: %+v, want one event of kind meeting", got)
	}

	// Ties on grain go to the earliest published report.
	got = timeline.Merge([]timeline.Event{ev("c", 2, aug26, negotiation, "Geneva"), ev("b", 5, aug26, negotiation, "Geneva")}, mergeSources)
	if len(got) != 1 || got[0].Source.Doc != "b" {
		t.Errorf("tie on grain: source %v, want document b (published first)", got[0].Source)
	}

	// Expected only if all are.
	plan := ev("b", 2, sep9, ceasefire, "Syria")
	plan.Expected = true
	done := ev("c", 1, sep9, ceasefire, "Syria")
	got = timeline.Merge([]timeline.Event{plan, done}, mergeSources)
	if len(got) != 1 || got[0].Expected {
		t.Errorf("expected and reported: %+v, want one event, not expected", got)
	}
}

// The merged event takes the most specific kind of its members: a
// ceasefire, not the "other" or statement of more precise reports.
func TestMergeSpecificKind(t *testing.T) {
	vague := saidAt("a", 1, at3pm, otherKind, "", "Kerry and Lavrov signed a humanitarian truce in Geneva at 3 p.m.", kerry)
	told := saidAt("b", 2, at3pm, statement, "", "Kerry said he and Lavrov signed a humanitarian truce in Geneva at 3 p.m.", kerry)
	truce := saidAt("c", 3, aug26, ceasefire, "", signedTruce, kerry)
	got := timeline.Merge([]timeline.Event{vague, told, truce}, mergeSources)
	if len(got) != 1 || got[0].Kind != ceasefire || got[0].Text != vague.Text {
		t.Errorf("Merge = %+v, want one event, of kind ceasefire, with the text of the most precise report", got)
	}
}

// The report of a meeting, not the intent that announced it, gives the
// merged event its kind and text, whichever was published first.
func TestMergeIntentReport(t *testing.T) {
	plan := ev("a", 1, aug26, intent, "Geneva", kerry)
	plan.Expected = true
	met := ev("b", 4, aug26, meeting, "Geneva", kerry)
	got := timeline.Merge([]timeline.Event{plan, met}, mergeSources)
	if len(got) != 1 || got[0].Kind != meeting || got[0].Text != met.Text || got[0].Expected {
		t.Errorf("Merge = %+v, want one event, the meeting's, not expected", got)
	}
}

func TestMergeDateConflict(t *testing.T) {
	for _, tc := range []struct {
		name   string
		events []timeline.Event
		want   string
	}{
		{"a week across two months", []timeline.Event{
			ev("a", 1, w35, ceasefire, "Syria"),
			ev("b", 1, sept, ceasefire, "Syria"),
			ev("c", 1, sep2, ceasefire, "Syria"),
		}, "2016-09 (2), 2016-08 (1)"},
		{"times of one day", []timeline.Event{
			ev("a", 1, at4pm, negotiation, "Geneva"),
			ev("b", 1, at3pm, negotiation, "Geneva"),
		}, "2016-08-26T15:00 (1), 2016-08-26T16:00 (1)"},
		{"agreeing", []timeline.Event{
			ev("a", 1, at3pm, negotiation, "Geneva"),
			ev("b", 1, aug26, negotiation, "Geneva"),
			ev("c", 1, aug, negotiation, "Geneva"),
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := timeline.Merge(tc.events, mergeSources)
			if len(got) != 1 {
				t.Fatalf("Merge = %s, want one event", groups(got))
			}
			if got[0].DateConflict != tc.want {
				t.Errorf("DateConflict = %q, want %q", got[0].DateConflict, tc.want)
			}
		})
	}
}

// Merging does not depend on the order of events or sources.
func TestMergeOrderIndependent(t *testing.T) {
	events := []timeline.Event{
		ev("a", 1, aug26, meeting, "Geneva", timeline.Actor{Name: "Russia", Type: "state"}),
		ev("a", 9, aug26, negotiation, "Geneva"),
		ev("a", 12, aug, timeline.Kind{Name: "consult", CAMEO: "040"}, "Moscow", kerry, putin),
		ev("b", 1, sep9, negotiation, "Geneva", kerry, lavrov),
		ev("b", 8, aug26, negotiation, "Geneva", kerry, lavrov),
		ev("b", 2, sep2, ceasefire, ""),
		ev("c", 6, aug, meeting, "Geneva", kerry, lavrov),
		ev("c", 6, sep9, meeting, "Geneva", kerry, lavrov),
		ev("c", 1, w35, ceasefire, "Syria"),
		ev("d", 7, aug, negotiation, "Geneva", kerry, lavrov),
		ev("d", 7, sep9, negotiation, "Geneva", kerry, lavrov),
		ev("d", 6, sept, ceasefire, "Syria"),
		ev("d", 2, future, otherKind, "Syria", kerry),
		ev("d", 3, future, otherKind, "Syria", kerry),
		// Joined by their words alone, and a lead and a later paragraph.
		said("a", 20, sep2, protest, "It will be the first meeting since the strike began on Saturday."),
		said("b", 21, sep2, otherKind, "The strike, which began at 12:01 a.m. on Aug. 12, is the first in Harlan's history.", harlan),
		said("a", 30, sep9, negotiation, "Babis said he would start talks with the SPD this week.", babis, spd),
		said("a", 38, sep9, negotiation, "ANO officials said the first round of exploratory talks with the SPD would take place on Tuesday at the party headquarters in Chodov.", spd),
		said("b", 32, sep9, negotiation, "Babis said the first round of exploratory talks with the SPD would take place on Tuesday at the headquarters in Chodov.", babis, spd),
	}
	want := mergedJSON(t, timeline.Merge(events, mergeSources))
	if g := groups(timeline.Merge(events, mergeSources)); !strings.Contains(g, "a20+b21") || !strings.Contains(g, "a30+a38+b32") {
		t.Fatalf("Merge = %s, want a20+b21 and a30+a38+b32 among them", g)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		es, ss := slices.Clone(events), slices.Clone(mergeSources)
		rng.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
		rng.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
		if got := mergedJSON(t, timeline.Merge(es, ss)); got != want {
			t.Fatalf("order changed the result:\n%s\nwant\n%s", got, want)
		}
	}
	// Merging merged events again changes nothing.
	once := timeline.Merge(events, mergeSources)
	if again := mergedJSON(t, timeline.Merge(once, mergeSources)); again != want {
		t.Errorf("merging twice:\n%s\nwant\n%s", again, want)
	}
}

func mergedJSON(t *testing.T, events []timeline.Event) string {
	t.Helper()
	b, err := json.MarshalIndent(events, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// BenchmarkMerge merges the events of 1,000 articles, 10 each, on 100 days
// with 5 actors and 3 places: many candidate pairs.
func BenchmarkMerge(b *testing.B) {
	actors := []timeline.Actor{kerry, lavrov, putin, {Name: "Bashar al-Assad"}, {Name: "Staffan de Mistura"}}
	places := []string{"Geneva", "Moscow", "Aleppo"}
	kinds := []timeline.Kind{negotiation, meeting, ceasefire, intent}
	var events []timeline.Event
	var sources []timeline.Source
	for d := range 1000 {
		doc := fmt.Sprintf("doc%04d", d)
		sources = append(sources, timeline.Source{ID: doc, Published: day(2016, 6, 1).AddDate(0, 0, d%120)})
		for n := range 10 {
			i := d*10 + n
			t := day(2016, 6, 1).AddDate(0, 0, i%100)
			v := dates.Value{Type: dates.Date, Value: t.Format(time.DateOnly), Grain: dates.GrainDay, Start: t, End: t}
			if i%7 == 0 {
				v = dates.Value{Type: dates.Date, Value: t.Format("2006-01"), Grain: dates.GrainMonth,
					Start: day(t.Year(), t.Month(), 1), End: day(t.Year(), t.Month()+1, 0)}
			}
			events = append(events, ev(doc, n+1, v, kinds[i%len(kinds)], places[i%len(places)], actors[i%len(actors)]))
		}
	}
	b.ResetTimer()
	for range b.N {
		timeline.Merge(events, sources)
	}
}

// Merge leaves the events given as they were, their citations among them,
// whether an event has one citation (which its merged event may share),
// none (its Source stands for it) or several, out of order.
func TestMergeLeavesEvents(t *testing.T) {
	none := ev("c", 6, aug26, negotiation, "Geneva", kerry, lavrov)
	none.Citations = nil
	several := ev("d", 7, aug26, negotiation, "Geneva", kerry)
	several.Citations = []timeline.Citation{ev("d", 9, aug26, meeting, "").Source, several.Source}
	events := []timeline.Event{
		ev("a", 1, aug26, negotiation, "Geneva", kerry, lavrov),
		ev("b", 8, aug26, negotiation, "Geneva", kerry, lavrov),
		ev("b", 2, sep2, ceasefire, ""),
		none,
		several,
	}
	before := mergedJSON(t, events)
	merged := timeline.Merge(events, mergeSources)
	if got := mergedJSON(t, events); got != before {
		t.Errorf("Merge changed the events given:\n%s\nwant\n%s", got, before)
	}
	if got, want := groups(merged), "a1+b8+c6+d7+d9 b2"; got != want {
		t.Errorf("merged %s, want %s", got, want)
	}
}

package kind

import (
	"slices"
	"strings"
	"testing"
)

// TestCourtsAndLegislatures checks the kinds of a researcher's audit of
// trials, legislatures and a climate summit: a deal struck is an agreement,
// protesters who force their way in protest, a conviction is CAMEO 116,
// and each phrasing is paired with the senses that must not fire.
func TestCourtsAndLegislatures(t *testing.T) {
	tests := []struct {
		sentence string
		venue    Venue
		kind     string
		trigger  string
	}{
		// A deal, bargain or compromise struck is an agreement (057), a
		// participle set off after its noun too.
		{"The final agreement, struck on Saturday after negotiators worked through Friday night, tripled a target for adaptation finance.", VenueNone, "agreement", "agreement , struck"},
		{"The deal, struck in Brussels late on Friday, caps fees.", VenueNone, "agreement", "deal , struck"},
		{"The two parties struck a compromise on Friday.", VenueNone, "agreement", "struck ... compromise"},
		{"Union leaders struck a last-minute bargain with the company.", VenueNone, "agreement", "struck ... bargain"},
		{"A compromise was finally struck on Sunday.", VenueNone, "agreement", "compromise ... struck"},
		{"The leaders struck an accord on fishing rights.", VenueNone, "agreement", "struck an accord"},
		// ... while a strike that names an agreement after it stays one,
		// and a court strikes a law down.
		{"Russian missiles struck Kyiv after the agreement was announced.", VenueNone, "attack", "struck"},
		{"The court struck down the agreement.", VenueNone, "other", ""},

		// Protesters who force their way in protest (14); the talks are
		// where, not the event. Pushing past alone is none.
		{"Dozens of Indigenous protesters and their supporters pushed past security guards at the entrance to the climate conference on Tuesday night, U.N. officials said Wednesday.", VenueNone, "protest", "protesters ... pushed past"},
		{"Indigenous protesters force their way into UN climate talks in Brazil", VenueNone, "protest", "protesters ... force their way"},
		{"Demonstrators stormed the parliament building in Belgrade.", VenueNone, "protest", "demonstrators ... stormed"},
		{"The talks resumed after security guards pushed past the crowd.", VenueNone, "negotiation", "talks"},

		// A finding of guilt is a conviction (116), above the offence it
		// names and the sentence that follows; "convicted" after a name,
		// a convict, or one found not guilty is none.
		{"A federal jury on Tuesday convicted Marcus Delaney of securities fraud but acquitted him of two wire fraud counts.", VenueNone, "convict", "jury ... convicted"},
		{"Charles Keating was convicted in state court of helping to defraud investors.", VenueNone, "convict", "was convicted"},
		{"A Hennepin County jury on Wednesday found a former Minneapolis landlord guilty of manslaughter.", VenueNone, "convict", "found ... guilty"},
		{"The jury returned a guilty verdict on Friday.", VenueNone, "convict", "guilty verdict"},
		{"He was convicted of killing two guards in 2019.", VenueNone, "convict", "was convicted"},
		{"A court convicted him and sentenced him to life in prison.", VenueNone, "convict", "court ... convicted"},
		{"Marcus Delaney, the former chief convicted of fraud last month, asked a judge on Thursday to throw out the verdict, saying a juror had lied.", VenueNone, "other", ""},
		{"The jury found him not guilty of murder.", VenueNone, "other", ""},
		{"The jury found him guilty of killing a guard.", VenueNone, "convict", "found ... guilty"},
		// A trigger's own "not" negates nothing, a negation before it does.
		{"He has not pleaded guilty to killing the guard.", VenueNone, "other", ""},
		{"Putin did not attend the summit.", VenueAway, "other", ""},
		{"The court heard from a convicted felon on Monday.", VenueNone, "other", ""},
		// Arrests, charges and sentences stay coerce (17; CAMEO's verbs
		// code "sentence" 172 and "indict" 173).
		{"He was sentenced to five years in prison on Monday.", VenueNone, "coerce", "sentenced"},
		{"Kopp was indicted last year.", VenueNone, "coerce", "indicted"},

		// An agreement approved, signed or ratified, talks launched,
		// weapons launched and a meeting at a summit keep their kinds
		// beside the events of [uncoded].
		{"Shareholders voted to approve the takeover on Friday.", VenueNone, "agreement", "voted to approve ... takeover"},
		{"The two leaders signed a trade agreement on Friday.", VenueNone, "agreement", "signed ... agreement"},
		{"The parliament passed the bill and ratified the treaty.", VenueNone, "agreement", "ratified ... treaty"},
		{"The workers approved the contract, ending a 17-day strike.", VenueNone, "agreement", "approved ... contract"},
		{"Qatar launched peace talks in Doha on Monday.", VenueNone, "negotiation", "launched ... talks"},
		{"Direct talks were launched in Doha on Monday.", VenueNone, "negotiation", "talks ... launched"},
		{"The talks, launched in Doha in 2019, stalled.", VenueNone, "negotiation", "talks , launched"},
		{"The talks collapsed and Russia launched 42 drones at Ukraine.", VenueNone, "attack", "launched ... drones"},
		{"Russia launched 42 drones at Ukraine overnight.", VenueNone, "attack", "launched ... drones"},
		{"The regulator launched an investigation on Monday.", VenueNone, "investigate", "launched ... investigation"},
		{"Shelling started a fire in the market on Monday.", VenueNone, "attack", "shelling"},
		{"Leaders met at the summit in Belem on Thursday.", VenueAway, "meeting", "met"},
		{"Protesters rallied after the verdict on Friday.", VenueNone, "protest", "rallied"},
		// The place of a meeting is none.
		{"Delegates were evacuated from the summit venue on Thursday.", VenueAway, "other", ""},
	}
	for _, tt := range tests {
		m := Explain(tt.sentence, tt.venue)
		if m.Kind.Name != tt.kind || m.Trigger != tt.trigger {
			t.Errorf("Explain(%q) = %v by %q, want %s by %q", tt.sentence, m.Kind, m.Trigger, tt.kind, tt.trigger)
		}
	}
}

// TestUncoded checks the events CAMEO has no code for ([uncoded]): each
// sentence has a weaker trigger of a wrong kind around the event, which
// the event's trigger holds off; the kind is Other, with no trigger, no
// span and no priority in the Match, and no trigger of an event for
// Eventful.
func TestUncoded(t *testing.T) {
	tests := []struct {
		sentence, trigger string // the trigger of [uncoded] that decides
	}{
		{"The House voted 314 to 117 on Wednesday night to approve a bill suspending the debt ceiling, with more Democrats than Republicans supporting the deal that Speaker Kevin McCarthy negotiated with President Biden.", "approve ... bill"},
		{"The Senate passed the bill that negotiators had drafted in talks with the White House.", "passed ... bill"},
		{"President Biden signed the debt ceiling deal into law on Saturday.", "signed ... into law"},
		{"Lena Ortiz pleaded guilty to killing two guards.", "pleaded guilty"},
		{"He pleaded not guilty on Monday in the shooting death of a guard.", "pleaded not guilty"},
		{"The jury found him not guilty on Friday in the shooting death of a guard.", "found ... not guilty"},
		{"The jury returned a not guilty verdict on Friday in the shooting death of a guard.", "not guilty verdict"},
		{"He was acquitted in the shooting death of a guard on Friday.", "acquitted"},
		{"Jury selection began Monday in the trial of a man accused of killing two officers.", "jury selection"},
		{"A fire broke out at the Cop30 climate summit venue in Belem on Thursday afternoon, forcing thousands of delegates to evacuate as negotiators struggled to break a deadlock over fossil fuels a day before the talks were due to end.", "fire broke out"},
		{"Brazil's Tropical Forests Forever Facility, launched on Nov. 6 at the leaders' summit, has so far attracted pledges of about $6.7 billion.", "launched on"},
	}
	tb := load()
	without, err := parseTable(withoutSection(kindsData, "[uncoded]"))
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	for _, tt := range tests {
		if m := Explain(tt.sentence, VenueAway); m != (Match{Kind: Other, Uncoded: true}) {
			t.Errorf("Explain(%q) = %+v, want Other with no trigger, Uncoded", tt.sentence, m)
		}
		words := Words(tt.sentence)
		if !slices.ContainsFunc(tb.find(words, nil, false), func(h hit) bool { return h.trig.kind == uncodedKind && h.trig.phrase == tt.trigger }) {
			t.Errorf("%q: no hit of [uncoded] %q", tt.sentence, tt.trigger)
		}
		// Without the events of [uncoded], a weaker trigger gives a wrong kind.
		if k := sc.explainWords(without, words, VenueAway).Kind; k == Other {
			t.Errorf("%q: no other trigger for the event to hold off", tt.sentence)
		}
	}
	for _, s := range []string{"the Senate passed the bill", "he pleaded guilty", "jury selection began"} {
		if Eventful(Words(s)) {
			t.Errorf("Eventful(%q) = true, want false: [uncoded] is no event's kind", s)
		}
	}
}

// TestConvictParse checks the conviction kind's name and code, and that a
// header of [uncoded] takes triggers with priorities only.
func TestConvictParse(t *testing.T) {
	for _, s := range []string{"convict", "Convict", "116"} {
		if k, ok := Parse(s); !ok || k != (Kind{"convict", "116"}) {
			t.Errorf("Parse(%q) = %v, %v, want convict 116", s, k, ok)
		}
	}
	if _, err := parseTable("[uncoded]\npleaded guilty\n"); err == nil {
		t.Error("parseTable took a line of [uncoded] without a priority")
	}
}

// withoutSection returns data, a kinds file, without the section whose
// header line is header: its lines up to the next header.
func withoutSection(data, header string) string {
	var b strings.Builder
	in := false
	for line := range strings.Lines(data) {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "[") {
			in = t == header
		}
		if !in {
			b.WriteString(line)
		}
	}
	return b.String()
}

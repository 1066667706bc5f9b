package timeline_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/timeline"
)

// FuzzBuild checks the invariants of Build on any two articles published on
// any days of years 0001 to 9999: no panic; events numbered e1, e2 ... with
// a date and a text; every citation inside its document's text, on rune
// boundaries, quoting that sentence; every interval with start <= end, in
// years BC9999 to 9999 (before the year 1 only for dates BC); the same timeline twice, and whatever the order of
// the documents.
func FuzzBuild(f *testing.F) {
	f.Add("Kerry met Putin in Moscow last month. The talks resumed on Aug. 1.", int64(17039),
		"Kerry and Lavrov agreed a ceasefire on Thursday. Experts will meet in the coming days.", int64(17054))
	f.Add("# Title\n\nIt happened yesterday, last week and in the 1990s.\r\nShare\n", int64(0),
		"Talks resume next year. The truce began on Dec. 31 and ends Jan. 1.", int64(2932896))
	f.Add("Photo: AP\n\nBy Jane Smith\n\n=1+1 <script>x</script> on Friday at 3 p.m.", int64(-719162),
		"\ufeff\xff\x00 tomorrow, the next day, the day before, next century", int64(2932895))
	f.Add("The revolt lasted from 499 to 493 BC. On 2 August 480 BC, in the 470s BC and in the 4th century BC.", int64(17039),
		"Caesar died on the 15th of March 44 BC; in AD 9 and in 1 BC the following year.", int64(-719162))
	f.Add("The talks, the first since 2014, ended on Friday to revive the 2015 deal. Iran's 2009 election since", int64(17039),
		"It was the biggest gain since March, since 2015 the 2016 talks", int64(17054))
	f.Add("The sides agreed to extend the contract until Jan. 15 to allow time to negotiate. Envoys met and talks began on Tuesday in a push to", int64(20000),
		"A judge rejected the deal in December, but Boeing agreed in July to plead guilty; since the war erupted on April 15", int64(20100))
	f.Add("South Africa deplored Friday the blasts which killed 12, and 1,000 earlier in the day. Kavan, who lived in London from 1968, when the Soviets invaded, until", int64(17039),
		"Since KKR bought RJR in February, it agreed to sell. A service on Sunday night, a year after he was killed by a sniper, that were", int64(17054))
	f.Add("Kopp, who is charged with gunning down Slepian last fall, met Trump at the White House on Friday. charged with of", int64(20000),
		"They had sued in April, after the tariffs were announced on April 2. It was last year's deadly U.S. Embassy blasts. J. U.S.", int64(20100))
	f.Add("The army said an RSF drone hit a market in El Obeid, the capital, on Tuesday afternoon. Talks broke down on Tuesday, when a drone attack killed 12,", int64(20300),
		"The agreement, signed late on Friday after talks, will take effect at 6:00 am on Sunday. China imposed duties on canola on Wednesday; the surtax takes effect on Jan. 1", int64(20100))
	f.Add("Sudan's army and the Rapid Support Forces signed a humanitarian truce in Jeddah on Friday, mediators said.", int64(20350),
		"The humanitarian truce agreement that Sudan's army and the Rapid Support Forces signed in Jeddah on Friday takes effect on Sunday.", int64(20351))
	f.Add("Leaders will meet at the Oct. 3-4 summit. Talks ran from Monday to Wednesday, on Sept. 8 and 9, between 1990 and 1995 and from 9 a.m. to 5 p.m. Tuesday.", int64(20716),
		"The vote was postponed from Monday to Wednesday. They met on Monday and on Friday, and on Oct. 4; March 3, 4 and", int64(20716))
	f.Add("Elian was found clinging to an inner tube Nov. 25 off the coast of Florida after his mother died.", int64(10963),
		"Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of a custody battle.", int64(10963))
	f.Add("Lena Ortiz pleaded guilty to two counts of securities fraud on Friday. Ortiz was in court on Friday.", int64(17040),
		"Lena Ortiz pleaded guilty to two counts of securities fraud on Friday. Ortiz was in court on Friday.\n\n(Copy 2.)", int64(17040))
	f.Fuzz(func(t *testing.T, textA string, dayA int64, textB string, dayB int64) {
		docs := func() []*timeline.Document {
			return []*timeline.Document{
				timeline.NewDocument("a", "", textA, fuzzDay(dayA), ""),
				timeline.NewDocument("b", "", textB, fuzzDay(dayB), ""),
			}
		}
		tl, err := timeline.Build(docs(), timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		texts := map[string]string{}
		for _, d := range docs() {
			texts[d.ID] = d.Text
		}
		for i, e := range tl.Events {
			if e.ID != fmt.Sprintf("e%d", i+1) {
				t.Errorf("event %d has ID %q", i+1, e.ID)
			}
			if e.When.Value.Value == "" || e.Text == "" {
				t.Errorf("%s: no value or no text: %+v", e.ID, e)
			}
			v := e.When.Value
			if v.HasInterval() && v.End.Before(v.Start) {
				t.Errorf("%s: interval [%v, %v]", e.ID, v.Start, v.End)
			}
			if v.HasInterval() && (v.Start.Year() < -9998 || v.End.Year() > 9999) {
				t.Errorf("%s: %s [%v, %v] is outside years BC9999 to 9999", e.ID, v.Value, v.Start, v.End)
			}
			if len(e.Citations) == 0 {
				t.Errorf("%s: no citations", e.ID)
			}
			for _, c := range append([]timeline.Citation{e.Source}, e.Citations...) {
				text, ok := texts[c.Doc]
				if !ok {
					t.Fatalf("%s: citation of unknown document %q", e.ID, c.Doc)
				}
				if c.Start < 0 || c.End > len(text) || c.Start >= c.End || c.Sentence < 1 {
					t.Fatalf("%s: citation %+v outside the text of %d bytes", e.ID, c, len(text))
				}
				if !utf8.RuneStart(text[c.Start]) || c.End < len(text) && !utf8.RuneStart(text[c.End]) {
					t.Errorf("%s: citation [%d,%d) splits a rune", e.ID, c.Start, c.End)
				}
				if want := strings.Join(strings.Fields(text[c.Start:c.End]), " "); c.Quote != want {
					t.Errorf("%s: quote %q, the sentence is %q", e.ID, c.Quote, want)
				}
			}
		}
		if again, err := timeline.Build(docs(), timeline.Options{}); err != nil || !reflect.DeepEqual(tl, again) {
			t.Fatalf("a second build differs (%v)", err)
		}
		d := docs()
		d[0], d[1] = d[1], d[0]
		if swapped, err := timeline.Build(d, timeline.Options{}); err != nil || !reflect.DeepEqual(tl, swapped) {
			t.Fatalf("building b, a differs from a, b (%v)", err)
		}
	})
}

// fuzzDay maps n onto a day of years 0001 to 9999, never 0001-01-01 (the
// zero time.Time: no date).
func fuzzDay(n int64) time.Time {
	first := time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC)
	days := int64(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).Sub(first)/(24*time.Hour)) + 1
	n %= days
	if n < 0 {
		n += days
	}
	return first.AddDate(0, 0, int(n))
}

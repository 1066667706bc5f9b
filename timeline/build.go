package timeline

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/sentence"
)

// Options control Build.
type Options struct {
	// Title of the timeline; default: the title of a single document, else
	// "Timeline".
	Title string
	// DocType says how relative dates are anchored (default dates.News).
	DocType dates.DocType
	// Tagger finds dates; default dates.New().
	Tagger *dates.Tagger
}

// NoDateError reports a document without a publication date.
type NoDateError struct {
	Doc string // the document's path or id
}

func (e *NoDateError) Error() string {
	return fmt.Sprintf("no publication date for %s: pass --published YYYY-MM-DD or add \"published:\" front matter", e.Doc)
}

// Build turns documents into one ordered timeline. Every document needs a
// publication date (Document.Published); Build fails with a *NoDateError
// naming the first that has none.
//
// Each DATE or TIME mention in an article sentence dates that sentence; the
// lead (first sentence) is also an event on the publication date. Durations
// and sets describe events and create none. PRESENT_REF sorts on the
// publication date, PAST_REF just before it and FUTURE_REF just after it.
// Events are ordered by interval start, then interval end, then document
// and text order.
func Build(docs []*Document, opts Options) (*Timeline, error) {
	tg := opts.Tagger
	if tg == nil {
		tg = dates.New()
	}
	t := &Timeline{Title: opts.Title}
	type keyed struct {
		ev         Event
		start, end time.Time
		doc, pos   int
		lead       bool
	}
	var all []keyed
	for di, d := range docs {
		if d.Published.IsZero() {
			name := d.Path
			if name == "" {
				name = d.ID
			}
			return nil, &NoDateError{Doc: name}
		}
		pub := dayOf(d.Published)
		t.Sources = append(t.Sources, Source{ID: d.ID, Title: d.Title, Published: pub, Path: d.Path, URL: d.URL})
		if len(d.Sentences) == 0 {
			continue
		}
		lead := d.Sentences[0]
		lv, _ := dates.Resolve(dates.Expr{Kind: dates.Calendar, Grain: dates.GrainDay, Year: pub.Year(), Month: int(pub.Month()), Day: pub.Day()}, pub, dates.Past)
		all = append(all, keyed{
			ev:    Event{When: When{Value: lv, Rule: "lead"}, Text: clean(d.Text[lead.Start:lead.End]), Source: cite(d, 0)},
			start: lv.Start, end: lv.End, doc: di, pos: lead.Start, lead: true,
		})
		for _, m := range tg.TagDoc(d.Text, pub, opts.DocType) {
			if m.Type != dates.Date && m.Type != dates.Time {
				continue
			}
			si := sentenceOf(d.Sentences, m.Start, m.End)
			if si < 0 {
				continue // in a title, caption or boilerplate line
			}
			s, e := sortRange(m.Value, pub)
			sp := d.Sentences[si]
			all = append(all, keyed{
				ev: Event{
					When:     When{Value: m.Value, Phrase: m.Text, Rule: m.Rule},
					Text:     clean(d.Text[sp.Start:sp.End]),
					Expected: m.Future,
					Source:   cite(d, si),
				},
				start: s, end: e, doc: di, pos: m.Start,
			})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if !a.start.Equal(b.start) {
			return a.start.Before(b.start)
		}
		if !a.end.Equal(b.end) {
			return a.end.Before(b.end)
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.lead != b.lead {
			return a.lead
		}
		return a.pos < b.pos
	})
	for i, k := range all {
		k.ev.ID = "e" + strconv.Itoa(i+1)
		t.Events = append(t.Events, k.ev)
	}
	if t.Title == "" {
		if len(docs) == 1 && docs[0].Title != "" {
			t.Title = docs[0].Title
		} else {
			t.Title = "Timeline"
		}
	}
	return t, nil
}

// sortRange returns the interval an event sorts by. References without an
// interval sort around the publication date.
func sortRange(v dates.Value, pub time.Time) (time.Time, time.Time) {
	if v.HasInterval() {
		return dayOf(v.Start), dayOf(v.End)
	}
	switch v.Value {
	case "PAST_REF":
		p := pub.AddDate(0, 0, -1)
		return p, p
	case "FUTURE_REF":
		p := pub.AddDate(0, 0, 1)
		return p, p
	}
	return pub, pub
}

// sentenceOf returns the index of the sentence containing [start, end), or -1.
func sentenceOf(ss []sentence.Span, start, end int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > start })
	if i < len(ss) && ss[i].Start <= start && end <= ss[i].End {
		return i
	}
	return -1
}

func cite(d *Document, si int) Citation {
	sp := d.Sentences[si]
	return Citation{Doc: d.ID, Sentence: si + 1, Start: sp.Start, End: sp.End}
}

// clean collapses runs of white space, so that hard-wrapped text reads as
// one line.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

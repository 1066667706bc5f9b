package dates_test

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/eval"
)

// timex3Value is the grammar of a TIMEX3 value: a calendar date of any grain
// (year, decade "201", century "19", month, day, ISO week and its weekend or
// a weekday, quarter, half, season) with X for unknown digits and an optional
// time or part of day; a duration P... in years to seconds, decades (DE),
// centuries (CE) and quarters (Q); or a reference.
var timex3Value = regexp.MustCompile(`^(?:` +
	`(?:BC)?(?:[\dX]{4}|[\dX]{3}|[\dX]{2})` +
	`(?:-(?:(?:\d\d|XX)(?:-(?:\d\d|XX))?|W(?:\d\d|XX)(?:-(?:[1-7]|WE|WD))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?` +
	`(?:T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|MI|AF|EV|NI|DT))?` +
	`|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?` +
	`|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+` +
	`|PRESENT_REF|PAST_REF|FUTURE_REF)$`)

// TestValueGrammarExamples checks the grammar itself, both ways.
func TestValueGrammarExamples(t *testing.T) {
	for _, v := range []string{"2016-08-26", "2016-W34", "2016-W34-WE", "XXXX-WXX-5", "2016-07", "2016-Q3", "2016-H1",
		"2016-SU", "2016", "201", "19", "BC0480", "2016-08-26T15:00", "2016-08-26TNI", "XXXX-XX-XXT13:00", "PT48H", "P5Y",
		"P10Y", "PXM", "P2D", "P1W", "P1DE", "PT1H30M", "P1Y6M", "P2.5Y", "PRESENT_REF", "FUTURE_REF", "XXXX-06", "2016-08-26T24:00"} {
		if !timex3Value.MatchString(v) {
			t.Errorf("grammar rejects %q", v)
		}
	}
	for _, v := range []string{"P2", "P", "2016-8", "20161", "2016-W", "T13:00", "2016-13X", "PT", "PAST"} {
		if timex3Value.MatchString(v) {
			t.Errorf("grammar accepts %q", v)
		}
	}
}

// valueCorpora are the news corpora of this machine that the grammar test
// tags, as JSON lines {"text": ..., "published": ...}; absent ones are skipped.
var valueCorpora = []string{"/tmp/corpus20.jsonl", "/tmp/uniq.jsonl", "/tmp/corpus3.jsonl", "/tmp/t3-c4.jsonl"}

// valueGoldDirs are the annotated corpora the grammar test tags, as news or
// narrative; absent ones are skipped.
var valueGoldDirs = []struct {
	dir string
	doc dates.DocType
}{
	{"../../shared/data/timeml", dates.News},
	{"../../shared/data/wikiwars/keyinline", dates.Narrative},
	{"../testdata/modern-news", dates.News},
	{"../testdata/modern-news-2", dates.News},
	{"../testdata/modern-news-3", dates.News},
}

// TestValueGrammarCorpora tags every corpus on the machine and checks every
// value the tagger writes against the TIMEX3 value grammar, so that a
// malformed value ("P2" for "every other night") cannot hide among right ones.
func TestValueGrammarCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("tags every corpus on the machine")
	}
	tg := dates.New()
	bad := map[string]string{} // value -> first phrase that gave it
	check := func(text string, anchor time.Time, doc dates.DocType) {
		for _, m := range tg.TagDoc(text, anchor, doc) {
			if !timex3Value.MatchString(m.Value.Value) {
				if _, seen := bad[m.Value.Value]; !seen {
					bad[m.Value.Value] = m.Text + " (rule " + m.Rule + ")"
				}
			}
		}
	}
	tagged := 0
	for _, name := range valueCorpora {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var doc struct{ Text, Published string }
			if json.Unmarshal(sc.Bytes(), &doc) != nil {
				continue
			}
			anchor, err := time.Parse("2006-01-02", doc.Published[:min(10, len(doc.Published))])
			if err != nil {
				continue
			}
			check(doc.Text, anchor, dates.News)
			tagged++
		}
		f.Close()
	}
	for _, g := range valueGoldDirs {
		if _, err := os.Stat(g.dir); err != nil {
			continue
		}
		docs, _ := eval.ReadPaths([]string{g.dir})
		for _, d := range docs {
			check(d.Text, d.Anchor, g.doc)
			tagged++
		}
	}
	if tagged == 0 {
		t.Skip("no corpus on this machine")
	}
	t.Logf("%d texts tagged", tagged)
	for v, phrase := range bad {
		t.Errorf("malformed TIMEX3 value %q for %q", v, phrase)
	}
}

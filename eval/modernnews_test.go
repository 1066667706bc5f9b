package eval

import (
	"testing"

	"github.com/timelinehq/timeline/dates"
)

// modernNewsDir holds the gold set of modern news (see its README.md): 15
// articles of 2023-2026 written and annotated for this project, blind; rules
// have since been written for the classes of error it showed, never from its
// sentences.
const modernNewsDir = "../testdata/modern-news"

// modernNewsValueF1 is the value F1 (%) the tagger scores on modernNewsDir
// (go run . eval testdata/modern-news; 82.67 when the set was made); the
// test fails if the score drops more than modernNewsSlack points below it.
const (
	modernNewsValueF1 = 88.19
	modernNewsSlack   = 2.0
)

// TestModernNews reads the modern news gold set, checks its file and TIMEX3
// counts, tags it and fails if the value F1 falls below the regression floor.
func TestModernNews(t *testing.T) {
	docs, skipped := ReadPaths([]string{modernNewsDir})
	if len(skipped) > 0 {
		t.Fatalf("skipped %v", skipped)
	}
	if len(docs) != 15 {
		t.Fatalf("%d documents, want 15", len(docs))
	}
	system := make([][]Timex, len(docs))
	tagger := dates.New()
	for i, d := range docs {
		checkSpans(t, d)
		system[i] = FromMentions(tagger.TagDoc(d.Text, d.Anchor, dates.News))
	}
	r := Score(docs, system)
	if r.Gold != 563 {
		t.Errorf("%d gold expressions, want 563", r.Gold)
	}
	for typ, n := range map[string]int{Date: 343, Time: 82, Duration: 103, Set: 35} {
		if got := r.ByType[typ].Gold; got != n {
			t.Errorf("%s: %d gold expressions, want %d", typ, got, n)
		}
	}
	f1 := pct(r.PRF(r.Value).F1)
	t.Logf("strict %.2f relaxed %.2f type %.2f value %.2f", pct(r.PRF(r.Strict).F1), pct(r.PRF(r.Relaxed).F1),
		pct(r.PRF(r.Type).F1), f1)
	if floor := modernNewsValueF1 - modernNewsSlack; f1 < floor {
		t.Errorf("value F1 %.2f, below the floor %.2f (measured %.2f): go run . eval --errors FILE testdata/modern-news shows what moved",
			f1, floor, modernNewsValueF1)
	}
}

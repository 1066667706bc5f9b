package kind

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// oldFind is find as it was before it read the quoted and the unquoted
// words in one pass: it appends the hits at the words inside (quoted) or
// outside (!quoted) quotation marks only, of a sentence (no headline). The
// oracle of TestFindAgrees.
func (tb *table) oldFind(toks []Word, quoted bool, hits []hit) []hit {
	for i := range toks {
		if toks[i].Quoted != quoted {
			continue
		}
		w := toks[i].Lower
		if tb.firstLens[w[0]]&lenBit(len(w)) == 0 {
			continue
		}
		var best hit
		for _, tr := range tb.first.Get(w) {
			if tr.armed {
				continue // a headline's verb ([armed-verb]): no sentence's
			}
			end, ok := matchFrom(toks, i+1, tr.words[1:])
			if !ok {
				continue
			}
			if best.trig == nil || tr.priority > best.trig.priority ||
				tr.priority == best.trig.priority && end > best.end {
				best = hit{tr, i, end, quoted}
			}
		}
		if best.trig != nil {
			hits = append(hits, best)
		}
	}
	return hits
}

// The hits explain decides on are those of the old two passes: the
// unquoted words' if there are any, else the quoted words'.
func TestFindAgrees(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/multi/*.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) { // the sentences of an article, roughly
			checkFind(t, line)
		}
	}
	checkFind(t, "“We will attack,” he said.")
	checkFind(t, "“We will attack and sign an agreement.”")
}

// FuzzFind compares the hits of find with the old two passes on any text.
func FuzzFind(f *testing.F) {
	f.Add("“We will attack,” he said; they met with Putin and signed a deal.")
	f.Add("Earnings met analysts' expectations; to meet the deadline, a deal was reached by the panel that struck down the plan.")
	f.Add("Hamas rejected the latest ceasefire proposal; protesters rallied in Tel Aviv, shares rallied, and a goal set in 2009 and met two years late.")
	f.Add("The agreement, signed on Friday, will take effect; China imposed duties on canola, lifted the tariffs on steel; truce monitors; voted to ratify a contract, ending a strike.")
	f.Add("Qatar hosted a meeting of negotiators; Starmer called Zelensky late Monday; police arrested 40 and charged them with rioting; ceasefire talks; the start of the war.")
	f.Add("Josephine struck Jamaica as a Category 4 hurricane, killing 41; Melissa, which killed dozens; the CMA opened a probe; has until April 1 to reach a deal; raised its offer")
	f.Add("The final agreement, struck on Saturday; a jury convicted him of fraud but acquitted him; he pleaded guilty to killing two; the House voted to approve a bill; signed the deal into law")
	f.Fuzz(checkFind)
}

// checkFind compares the hits of s with those of the old two passes.
func checkFind(t *testing.T, s string) {
	t.Helper()
	tb := load()
	toks := Words(s)
	want := tb.oldFind(toks, false, nil)
	if len(want) == 0 {
		want = tb.oldFind(toks, true, nil)
	}
	if got := unquotedOrAll(tb.find(toks, nil, false)); !slices.Equal(got, want) {
		t.Fatalf("hits of %q = %v, want %v", s, got, want)
	}
}

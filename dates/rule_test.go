package dates

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	fastregexp "github.com/grafana/regexp"

	"github.com/timelinehq/timeline/internal/backtrack"
)

// TestRuleExamples checks that every rule reads each of its documented
// examples as exactly one mention covering the whole phrase, or, for the
// part in brackets, as one mention of the rule covering exactly that part
// and no other mention overlapping it (the context may have others: the
// first year of "1915-[16]").
func TestRuleExamples(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tg := New()
	seen := map[string]bool{}
	for _, r := range tg.Rules() {
		if seen[r.Name] {
			t.Errorf("duplicate rule name %q", r.Name)
		}
		seen[r.Name] = true
		if r.Doc == "" || len(r.Examples) == 0 {
			t.Errorf("rule %s has no doc or examples", r.Name)
		}
		for _, ex := range r.Examples {
			// "in [May]": the brackets mark the phrase inside its context
			start, end := 0, len(ex)
			bracketed := false
			if i := strings.IndexByte(ex, '['); i >= 0 {
				j := strings.IndexByte(ex, ']')
				start, end, bracketed = i, j-1, true
				ex = ex[:i] + ex[i+1:j] + ex[j+1:]
			}
			ms := tg.Tag(ex, anchor)
			var in []Mention // the mentions that overlap the phrase
			for _, m := range ms {
				if m.Start < end && m.End > start {
					in = append(in, m)
				}
			}
			if !bracketed && len(ms) != 1 || len(in) != 1 || in[0].Start != start || in[0].End != end || in[0].Rule != r.Name {
				t.Errorf("rule %s example %q: got %+v", r.Name, ex, ms)
			}
		}
	}
}

// TestRulesDocumented checks that README.md's rule table names every rule.
func TestRulesDocumented(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip("README.md not found:", err)
	}
	for _, r := range New().Rules() {
		if !strings.Contains(string(b), "| `"+r.Name+"` |") {
			t.Errorf("README.md's rule table lacks %s", r.Name)
		}
	}
}

// TestBacktrackAgrees checks that the backtracker, which answers the
// driver's tries, finds what the regexp engine finds: every rule at every
// byte of the corpus phrasings, the negative texts and the seed article.
func TestBacktrackAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("one goroutine, millions of tries: the plain run checks it; -short is for the race detector")
	}
	var texts []string
	for _, name := range []string{"testdata/corpus.txt", "testdata/negative.txt", "../testdata/geneva-2016-08-26.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	var bt backtrack.Machine
	tries := 0
	for _, r := range New().Rules() {
		for _, s := range texts {
			low := asciiLower(s)
			for p := 0; p < len(low); p++ {
				want := r.anchored().FindStringSubmatchIndex(low[p:])
				caps := make([]int, r.fast().NumCap())
				matched, done := bt.Match(r.fast(), low[p:], caps, budget)
				if !done {
					t.Errorf("rule %s at %q: over budget", r.Name, low[p:])
					continue
				}
				tries++
				if matched != (want != nil) || matched && !slices.Equal(caps, want) {
					t.Errorf("rule %s at %q: backtracker %v %v, regexp %v", r.Name, low[p:], matched, caps, want)
				}
			}
		}
	}
	if tries < 100000 {
		t.Errorf("only %d tries", tries)
	}
}

// TestMatchAtExtent checks the extent matchAt gives a match, read off the
// offsets from both ends, against the plain reading: from the first
// participating group to the end of the last.
func TestMatchAtExtent(t *testing.T) {
	b, err := os.ReadFile("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	matches := 0
	for _, r := range New().Rules() {
		for _, s := range strings.Split(string(b), "\n") {
			low := asciiLower(s)
			for p := range len(s) {
				idx, left, right, ok := r.matchAt(&sc, s, low, p)
				if idx == nil {
					continue
				}
				wantLeft, wantRight := -1, 0
				for i := 2; i < len(idx); i += 2 {
					if idx[i] >= 0 {
						if wantLeft < 0 {
							wantLeft = idx[i]
						}
						wantRight = idx[i+1]
					}
				}
				if ok != (wantLeft >= 0) || ok && (left != wantLeft || right != wantRight) {
					t.Errorf("rule %s at %q: extent %d-%d %v, want %d-%d", r.Name, s[p:], left, right, ok, wantLeft, wantRight)
				}
				matches++
			}
		}
	}
	if matches < 1000 {
		t.Errorf("only %d matches", matches)
	}
}

// BenchmarkGroup measures match.at as build calls it: a try of the
// duration rule and the groups its build reads.
func BenchmarkGroup(b *testing.B) {
	var r *Rule
	for _, x := range New().rules {
		if x.Name == "duration" {
			r = x
		}
	}
	if r == nil {
		b.Skip("no duration rule")
	}
	s := "about two years ago"
	low := asciiLower(s)
	var sc scratch
	idx, left, right, ok := r.matchAt(&sc, s, low, 0)
	if !ok {
		b.Fatalf("duration does not match %q", s)
	}
	m := &match{r: r, text: s, lc: low, idx: idx, start: left, end: right}
	u, amt, fy, rel := r.groupIndex("u"), r.groupIndex("amt"), r.groupIndex("fy"), r.groupIndex("rel")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _, _, _ = m.at(u), m.at(amt), m.at(fy), m.at(rel)
	}
}

// TestGroupIndex checks that groupIndex finds each named group of every
// built-in rule at its place in the rule's groups, and that match.at reads
// the group's text there.
func TestGroupIndex(t *testing.T) {
	for _, r := range builtinRules() {
		idx := make([]int, r.fast().NumCap())
		for i := range idx {
			idx[i] = -1
		}
		for i, name := range r.groups {
			if name == "" {
				continue
			}
			if got := r.groupIndex(name); got != i {
				t.Errorf("%s: groupIndex(%q) = %d, want %d", r.Name, name, got, i)
			}
			idx[2*i+2], idx[2*i+3] = 1, 1+len(name)
			m := match{r: r, text: "<" + name + ">", idx: idx}
			if got := m.at(i); got != name {
				t.Errorf("%s: at(%d) = %q, want %q", r.Name, i, got, name)
			}
			idx[2*i+2], idx[2*i+3] = -1, -1
		}
	}
}

// TestLeftASCII holds each rule's table of the ASCII characters its left
// context takes to what its regexp says of each.
func TestLeftASCII(t *testing.T) {
	n := 0
	for _, r := range builtinRules() {
		if r.left == nil {
			continue
		}
		n++
		for c := range r.leftASCII {
			if want := r.left.MatchString(string(rune(c))); r.leftASCII[c] != want {
				t.Errorf("rule %s, %q: table says %v, regexp %v", r.Name, rune(c), r.leftASCII[c], want)
			}
		}
	}
	for _, left := range []string{`[^\w]`, `[^\w$€.]`, `[^a-z0-9]`, `[^\d\s]`} {
		re := fastregexp.MustCompile(`^` + left + `$`)
		got := asciiTable(left, re)
		for c := range got {
			if want := re.MatchString(string(rune(c))); got[c] != want {
				t.Errorf("%s, %q: table says %v, regexp %v", left, rune(c), got[c], want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no rule has a left context")
	}
}

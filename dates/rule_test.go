package dates

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestRuleExamples checks that every rule reads each of its documented
// examples as exactly one mention covering the whole phrase (or the part in
// brackets).
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
			if i := strings.IndexByte(ex, '['); i >= 0 {
				j := strings.IndexByte(ex, ']')
				start, end = i, j-1
				ex = ex[:i] + ex[i+1:j] + ex[j+1:]
			}
			ms := tg.Tag(ex, anchor)
			if len(ms) != 1 || ms[0].Start != start || ms[0].End != end || ms[0].Rule != r.Name {
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

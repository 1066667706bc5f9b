package dates

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// aloneTexts returns phrases around the trigger words of the rules that
// have alone: each trigger word, in three cases, after words that may
// begin a phrase of those rules and before words that may end or follow
// one.
func aloneTexts(tg *Tagger) []string {
	var triggers []string
	for w, mask := range tg.gate {
		for i, r := range tg.rules {
			if r.alone != nil && mask&(1<<i) != 0 && !strings.HasPrefix(w, "#") {
				triggers = append(triggers, w)
				break
			}
		}
	}
	slices.Sort(triggers)
	befores := []string{"", "the ", "two ", "a ", "an ", "48-", "about ", "for ", "over the past ", "several ", "in the ",
		"early ", "late ", "mid-", "in the early ", "the first ", "an additional ", "fiscal ", "a few more ", "one and a half "}
	afters := []string{"", ".", ",", " ago", "-long", " and a half", " old", "-old", " of the war", " ended March 31",
		" earlier", " later", "-end", " more", " to start trading", " the plane went down", "s"}
	var texts []string
	for _, w := range triggers {
		for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for _, b := range befores {
				for _, a := range afters {
					texts = append(texts, b+word+a)
				}
			}
		}
	}
	return texts
}

// alone answers as build does: where a rule's alone rules out its trigger
// word, a try of the rule there yields no phrase, whatever comes after.
func TestAloneAgreesWithBuild(t *testing.T) {
	tg := New()
	var sc scratch
	tried := 0
	for _, text := range aloneTexts(tg) {
		low := asciiLower(text)
		word := wordFrom(low, 0)
		for i, r := range tg.rules {
			if r.alone == nil || tg.gate[word]&(1<<i) == 0 || r.alone(word) {
				continue // not a trigger word that alone rules out
			}
			idx, left, right, ok := r.matchAt(&sc, text, low, 0)
			if !ok {
				continue
			}
			tried++
			m := match{r: r, text: text, lc: low, idx: idx, start: left, end: right}
			if _, ok := r.build(&m); ok && m.end > m.start {
				t.Errorf("%s: alone(%q) is false, yet build keeps %q", r.Name, word, text[m.start:m.end])
			}
		}
	}
	if tried < 100 {
		t.Fatalf("only %d phrases begin with a trigger word alone rules out", tried)
	}
}

// find, which does not try a rule at a trigger word its alone rules out,
// finds what findSimple, which tries it, finds: in sentences of the
// phrases around those trigger words.
func TestAloneChangesNothing(t *testing.T) {
	tg := New()
	texts := aloneTexts(tg)
	for i := 0; i < len(texts); i += 50 {
		text := strings.Join(texts[i:min(i+50, len(texts))], " it said. ")
		low := asciiLower(text)
		got := slices.Clone(tg.find(text, low, new(work)))
		want := slices.Clone(tg.findSimple(text, low, new(work)))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("find and findSimple differ on %q: %d and %d candidates", text, len(got), len(want))
		}
	}
}

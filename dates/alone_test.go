package dates

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/internal/sentence"
)

// aloneTexts returns phrases around the trigger words of the rules that
// have alone: each trigger word, in three cases, after words that may
// begin a phrase of those rules and before words that may end or follow
// one.
func aloneTexts(tg *Tagger) []string {
	triggers := triggerWords(tg, func(r *Rule) bool { return r.alone != nil })
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

// triggerWords returns the words (not the shapes of numbers, "#...")
// that trigger a rule of tg for which has is true, sorted.
func triggerWords(tg *Tagger, has func(*Rule) bool) []string {
	var triggers []string
	for w, mask := range tg.gate {
		for i, r := range tg.rules {
			if has(r) && mask&(1<<i) != 0 && !strings.HasPrefix(w, "#") {
				triggers = append(triggers, w)
				break
			}
		}
	}
	slices.Sort(triggers)
	return triggers
}

// alone answers as build does: where a rule's alone rules out its trigger
// word, a try of the rule there yields no phrase, whatever comes after.
func TestAloneAgreesWithBuild(t *testing.T) {
	tried := checkRuledOut(t, New(), aloneTexts(New()), "alone", func(r *Rule, low string) (string, bool) {
		word := wordFrom(low, 0)
		return word, r.alone != nil && !r.alone(word)
	})
	if tried < 100 {
		t.Fatalf("only %d phrases begin with a trigger word alone rules out", tried)
	}
}

// checkRuledOut tries, at the start of each text, each rule that ruledOut
// says the driver does not try there (given the text lower-cased, it
// returns the rule's trigger word in the text and whether the filter
// named filter rules the rule out), and fails where build keeps a
// phrase. It returns how many of those tries matched.
func checkRuledOut(t *testing.T, tg *Tagger, texts []string, filter string, ruledOut func(r *Rule, low string) (string, bool)) (tried int) {
	t.Helper()
	var sc scratch
	for _, text := range texts {
		low := asciiLower(text)
		for i, r := range tg.rules {
			word, out := ruledOut(r, low)
			if !out || tg.gate[word]&(1<<i) == 0 {
				continue // not a trigger word that the filter rules out
			}
			idx, left, right, ok := r.matchAt(&sc, text, low, 0)
			if !ok {
				continue
			}
			tried++
			m := match{r: r, text: text, lc: low, idx: idx, start: left, end: right}
			if r.build(&m, new(Expr)) && m.end > m.start {
				t.Errorf("%s: %s(%q) is false, yet build keeps %q", r.Name, filter, word, text[m.start:m.end])
			}
		}
	}
	return tried
}

// find, which does not try a rule at a trigger word its alone rules out,
// finds what findSimple, which tries it, finds: in sentences of the
// phrases around those trigger words.
func TestAloneChangesNothing(t *testing.T) {
	findsAsSimple(t, aloneTexts(New()))
}

// findsAsSimple checks that find finds what findSimple finds, in
// sentences of the texts, 50 at a time.
func findsAsSimple(t *testing.T, texts []string) {
	t.Helper()
	tg := New()
	for i := 0; i < len(texts); i += 50 {
		text := strings.Join(texts[i:min(i+50, len(texts))], " it said. ")
		low := asciiLower(text)
		got := slices.Clone(tg.find(text, low, sentence.Split(text), new(work)))
		want := slices.Clone(tg.findSimple(text, low, new(work)))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("find and findSimple differ on %q: %d and %d candidates", text, len(got), len(want))
		}
	}
}

// afterTheTexts returns phrases of "the" (in three cases, before various
// spaces) and a trigger word of a rule that has afterThe, before words
// that may end or follow a phrase.
func afterTheTexts(tg *Tagger) []string {
	triggers := triggerWords(tg, func(r *Rule) bool { return r.afterThe != nil })
	afters := []string{"", ".", ",", " ago", "-long", " and a half", " old", "-old", " of the war", " ended March 31",
		" ended", "-earlier", "-end", " more", "_x", "s", "2"}
	var texts []string
	for _, w := range triggers {
		for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for _, the := range []string{"the ", "The ", "THE ", "the  ", "the\n", "the-", "the, "} {
				for _, a := range afters {
					texts = append(texts, the+word+a)
				}
			}
		}
	}
	return texts
}

// afterThe answers as build does: where a rule's afterThe rules out its
// trigger word, a try of the rule at the "the" before it yields no
// phrase, whatever comes after.
func TestAfterTheAgreesWithBuild(t *testing.T) {
	tried := checkRuledOut(t, New(), afterTheTexts(New()), "afterThe", func(r *Rule, low string) (string, bool) {
		word := wordFrom(low, strings.IndexAny(low[3:], "abcdefghijklmnopqrstuvwxyz0123456789")+3)
		return word, r.afterThe != nil && !r.afterThe(word)
	})
	if tried < 100 {
		t.Fatalf("only %d phrases begin with \"the\" and a trigger word afterThe rules out", tried)
	}
}

// find, which does not try a rule at a "the" before a trigger word its
// afterThe rules out, finds what findSimple, which tries it, finds.
func TestAfterTheChangesNothing(t *testing.T) {
	findsAsSimple(t, afterTheTexts(New()))
}

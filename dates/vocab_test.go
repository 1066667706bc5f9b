package dates

import (
	"bufio"
	"os"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// vocabulary returns the vocabulary of prog as a set, with digits and ok
// as vocabListsTaking returns them.
func vocabulary(prog *syntax.Prog) (words map[string]bool, digits, ok bool) {
	lists := map[string]uint64{}
	if digits, ok = vocabLists(prog, lists, 1); !ok {
		return nil, false, false
	}
	words = make(map[string]bool, len(lists))
	for w := range lists {
		words[w] = true
	}
	return words, digits, true
}

// vocabLists is vocabListsTaking, reading what prog's instructions take
// itself.
func vocabLists(prog *syntax.Prog, lists map[string]uint64, bit uint64) (digits, ok bool) {
	return vocabListsTaking(prog, newProgTakes(prog), lists, bit)
}

func newVocabIndex(rs []*Rule) *vocabIndex { return newVocabIndexTaking(rs, rulesTakes(rs)) }

func TestVocabulary(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
		digits  bool
		ok      bool
	}{
		{`(?:the\s+)?(?:last|next)\s+(?:two|three|\d+)\s+(?:years?|months?)`, []string{"last", "next", "three", "two"}, true, true},
		{`mid-?year\s+(?:results|sales)`, []string{"year"}, false, true}, // "mid(year)" starts the phrase: not listed
		{`a\s+(?:very\s+)*long\s+time`, []string{"long", "very"}, false, true},
		{`\d+\s+[a-z]+\s+ago`, nil, false, false},   // any word
		{`ago\s+(?:x|y)+\s+now`, nil, false, false}, // words without end
		{`week(?:s)?\s+(?:of|in)\s+(?:june|july)`, []string{"in", "of"}, false, true},
	} {
		re, err := syntax.Parse(`^(?:`+c.pattern+`)`, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		words, digits, ok := vocabulary(prog)
		var got []string
		for w := range words {
			got = append(got, w)
		}
		sort.Strings(got)
		if ok != c.ok || ok && (digits != c.digits || !slices.Equal(got, c.want)) {
			t.Errorf("%s: got %v %v %v, want %v %v %v", c.pattern, got, digits, ok, c.want, c.digits, c.ok)
		}
	}
}

// Every word inside a phrase the tagger finds in the corpus phrasings (not
// its first or last) is in its rule's vocabulary: the driver's filter never
// keeps a rule from a phrase it finds.
func TestVocabularyHoldsCorpusPhrases(t *testing.T) {
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg := New()
	index := newVocabIndex(tg.rules)
	rule := map[string]int{}
	for i, r := range tg.rules {
		rule[r.Name] = i
	}
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	sc := bufio.NewScanner(f)
	phrases := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "=") {
			continue
		}
		text := strings.NewReplacer("[", "", "]", "").Replace(line)
		low := asciiLower(text)
		for _, m := range tg.Tag(text, anchor) {
			ri, ok := rule[m.Rule]
			if !ok {
				continue // amountRule: two phrases joined after the rules, each read by its own
			}
			phrases++
			bit := uint64(1) << ri
			var sc scanned
			tg.scan(low[m.Start:m.End], &sc)
			words := sc.words
			for i := 1; i+1 < len(words); i++ {
				if readAround[m.Rule] && aroundWord(low[m.Start+words[i]:wordEnd(low, m.Start+words[i])]) {
					continue // read around the day by the build, not by the regexp
				}
				if index.mask(low[m.Start:m.End], words[i])&bit == 0 {
					t.Errorf("%q in %q (rule %s): not in the vocabulary", low[m.Start+words[i]:m.End], m.Text, m.Rule)
				}
			}
		}
	}
	if phrases < 500 {
		t.Fatalf("only %d phrases tagged", phrases)
	}
}

// The vocabulary filter changes no result: the tagger finds the same
// mentions without it, on the corpus phrasings, the negative cases and the
// seed article.
func TestVocabularyFilterChangesNothing(t *testing.T) {
	tg := New()
	plain := *tg
	plain.vocab = func() *vocabIndex { return &vocabIndex{all: ^uint64(0), words: newWordTable(nil)} }
	var texts []string
	for _, name := range []string{"testdata/corpus.txt", "testdata/negative.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "=") {
				texts = append(texts, strings.NewReplacer("[", "", "]", "").Replace(line))
			}
		}
	}
	seed, err := os.ReadFile("../testdata/geneva-2016-08-26.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(seed))
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		if got, want := tg.Tag(text, anchor), plain.Tag(text, anchor); !slices.EqualFunc(got, want, func(a, b Mention) bool {
			return a.Start == b.Start && a.End == b.End && a.Rule == b.Rule && a.Value.Value == b.Value.Value
		}) {
			t.Errorf("%q: with the filter %v, without %v", text, got, want)
		}
	}
}

// readAround lists the rules whose build reads words around their match,
// with fromBefore ("a week from [Friday]"), dayAfterBefore ("the day after
// [tomorrow]"), weekAfter ("[Tuesday] next week"), weekOf ("the weekend of
// [20 August]"), weekPartBefore ("the first few days of [March]"),
// hoursBefore ("the early hours of [Saturday]", "dawn on [Wednesday]"), partOnBefore ("late on
// [Friday]"), justGone ("[the weekend] just gone"), nthOfMonth ("the first [Monday] in October") or
// partOfBefore ("the end of [the third quarter]") or sequelBefore ("the following [March]"); aroundWords
// (and aroundWord) are the words inside such phrases, at which the driver never needs to start a try.
var (
	readAround = map[string]bool{"weekday": true, "casual_day": true, "day_month": true, "month": true, "month_year": true, "year": true,
		"relative_unit": true, "month_day": true, "holiday": true, "quarter": true}
	aroundWords = map[string]bool{"week": true, "weeks": true, "day": true, "days": true, "from": true, "of": true, "next": true, "last": true, "this": true,
		"after": true, "before": true, "weekend": true, "first": true, "second": true, "third": true, "final": true, "few": true,
		"opening": true, "closing": true, "early": true, "small": true, "wee": true, "hours": true, "just": true, "year": true, "month": true, "fortnight": true,
		"the": true, "holiday": true, "long": true, "on": true, "that": true, "following": true, "preceding": true, "previous": true} // "Monday the 13th", "Friday of that week", "the Labor Day long weekend", "late on Friday": read on by the build
)

// aroundWord reports whether w may stand inside a phrase that a rule of
// readAround reads around its match: a word of aroundWords, or of the nth
// weekday of a month ("the 1st Monday in October 2016", nthOfMonth): an
// ordinal, "in", a month's name.
func aroundWord(w string) bool {
	l := lex()
	return aroundWords[w] || w == "in" || l.ordinals[w] != 0 || l.months[w] != 0 || partWords()[w] ||
		len(w) == 3 && w[0] >= '1' && w[0] <= '5' && w[1:] == ordinalSuffix(int(w[0]-'0'))
}

// partWords are the words of the parts of a period (data/parts.txt) that
// partOfBefore reads back: "the end of [the third quarter]".
var partWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for p := range lex().parts {
		for _, w := range strings.Fields(p) {
			words[w] = true
		}
	}
	return words
})

// wordEnd returns the end of the word of letters and digits at i in s.
func wordEnd(s string, i int) int {
	for i < len(s) && (isASCIILetter(s[i]) || isDigit(s[i])) {
		i++
	}
	return i
}

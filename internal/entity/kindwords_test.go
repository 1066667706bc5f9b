package entity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

// The words kindWords reads off the tokens of a sentence are those of
// kind.Words, where it does not give up.
func TestKindWords(t *testing.T) {
	texts := append(tokenizeTexts(t),
		"Kerry's aide, the U.N.'s envoy and “Lavrov’s” team met on 1,200 \"quoted\" days.",
		"The U.S.-Russian talks, Kerry's-based plan; al-Assad’s forces ‑ e.g. 3.5 per cent.",
		"talks go on,” he said. “Never,” she said » « „ — – [a] (b) ! ? : ;",
		"KERRY'S plan Kerry'S aide O'Brien's rock'n'roll don't 'tis x’",
	)
	used, all := 0, 0
	for _, text := range texts {
		for _, sp := range sentence.Split(text) {
			u := checkKindWords(t, text, sp)
			used += u
			all++
		}
		u := checkKindWords(t, text, sentence.Span{Start: 0, End: len(text)})
		used += u
		all++
	}
	if used < all*9/10 {
		t.Errorf("kindWords read %d of %d sentences", used, all)
	}
}

// kindWords reads every mark as kind.Words does: a rune that is not a word
// rune, before, inside and after words, in and out of quotation marks.
// kind.Words's first pass knows the marks from a list of its own, which
// this test holds kind.Mark's to.
func TestKindMarks(t *testing.T) {
	for r := range rune(0x10000) { // the marks of kind.Words are all in the BMP
		if ascii.IsWordRune(r) || !utf8.ValidRune(r) {
			continue
		}
		m := string(r)
		for _, text := range []string{"a" + m + "b " + m + " c" + m, `x "y` + m + `z" “w` + m} {
			if checkKindWords(t, text, sentence.Span{Start: 0, End: len(text)}) != 1 {
				t.Fatalf("kindWords gave up on %q", text)
			}
		}
	}
}

// FuzzKindWords compares kindWords with kind.Words on any text.
func FuzzKindWords(f *testing.F) {
	for _, text := range tokenizeTexts(f) {
		f.Add(text)
	}
	f.Add("Kerry's-based “U.N.'s” 1,2.3 a‑b x’s-y \"q\" ”")
	f.Add("Sudan: talks; “peace”: U.S.: at 10:30, a (b): c.d: U.N.'s: e")
	f.Add("freed 1,968 men, 2,3.4 of them; U.S.,5 6,x 7,,8 9,")
	f.Fuzz(func(t *testing.T, text string) {
		for _, sp := range append(sentence.Split(text), sentence.Span{Start: 0, End: len(text)}) {
			checkKindWords(t, text, sp)
		}
	})
}

// TestKindWordsCorpus compares kindWords with kind.Words on every sentence
// of the JSON-lines corpus named by $ENTITY_CORPUS (skipped without it).
func TestKindWordsCorpus(t *testing.T) {
	used, all := 0, 0
	eachCorpusDoc(t, func(_, text string) {
		for _, sp := range sentence.Split(text) {
			used += checkKindWords(t, text, sp)
			all++
		}
	})
	t.Logf("kindWords read %d of %d sentences", used, all)
}

// checkKindWords compares the words kindWords reads off the tokens of
// the sentence sp of text with kind.Words', and returns 1 if kindWords
// gave them, 0 if it gave up.
func checkKindWords(t *testing.T, text string, sp sentence.Span) int {
	t.Helper()
	lower := sameLenLower(text)
	st := sent{src: text, lower: lower, start: sp.Start, end: sp.End, exact: lower != "" && utf8.ValidString(text)}
	toks := tokenize(text, lower, sp.Start, sp.End, load(), nil)
	got, ok := kindWords(&st, toks, nil)
	if !ok {
		return 0
	}
	if want := kind.Words(sp.Text(text)); !slices.Equal(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("kindWords(%q) =\n%v, want\n%v", sp.Text(text), got, want)
	}
	return 1
}

// Kind, which reads the words of a sentence off its tokens, gives the
// kind of kind.ClassifyWith, in whatever order the sentences are asked
// about.
func TestKindAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	texts := tokenizeTexts(t)
	for _, text := range texts {
		checkKind(t, text, rng)
	}
	// A long article, whose tokens are not kept.
	long := strings.Repeat(strings.Join(texts, " ")+" ", 1+longArticle/len(sentence.Split(strings.Join(texts, " "))))
	checkKind(t, long, rng)
}

// TestKindCorpus compares Kind with kind.ClassifyWith on every document of
// the JSON-lines corpus named by $ENTITY_CORPUS (skipped without it).
func TestKindCorpus(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	eachCorpusDoc(t, func(_, text string) { checkKind(t, text, rng) })
}

// checkKind compares Kind with kind.ClassifyWith on the sentences of
// text, asked about in an order drawn from rng: with the words of
// kind.Words, those of an organisation's name emptied (inNames) and
// those of a storm's name marked (markStorms).
func checkKind(t *testing.T, text string, rng *rand.Rand) {
	t.Helper()
	spans := sentence.Split(text)
	a := Analyze(text, spans)
	defer a.Release()
	for _, i := range rng.Perm(len(spans)) {
		got, v := a.Kind(i), a.Venue(i)
		st := &a.sts[i+a.off]
		words := markStorms(st, a.clusters, inNames(st.mentions, kind.Words(spans[i].Text(text))))
		if want := kind.ClassifyWords(words, v); got != want {
			t.Fatalf("sentence %d (%q): Kind = %v, want %v", i, spans[i].Text(text), got, want)
		}
	}
}

// TestKindStorm checks that a storm's name, after its head word, strikes
// and kills as a disaster does, with no attack, in a short article and in
// a long one (whose tokens are not kept), while a name of no storm, or
// before one, still attacks.
func TestKindStorm(t *testing.T) {
	tests := []struct {
		text string
		want []string // the kind of each sentence
	}{
		{"Hurricane Josephine neared Jamaica. Josephine killed 12 people on Tuesday.", []string{"other", "other"}},
		{"Hurricane Josephine neared Jamaica. Officials said Josephine struck the coast.", []string{"other", "statement"}},
		{"Tropical Storm Sara hit Honduras. Sara killed four people on Nov. 15.", []string{"other", "other"}},
		{"Hurricane Josephine neared Jamaica. Gunmen killed 12 people on Tuesday.", []string{"other", "attack"}},
		{"Josephine Baker attacked the plan. Hurricane Melissa neared.", []string{"attack", "other"}},
		{"Gunmen led by Josephine killed 12 people.", []string{"attack"}},
	}
	for _, tt := range tests {
		for _, long := range []bool{false, true} {
			text := tt.text
			if long {
				text += strings.Repeat(" Lavrov said so.", longArticle)
			}
			spans := sentence.Split(text)
			a := Analyze(text, spans)
			for i, want := range tt.want {
				if got := a.Kind(i); got.Name != want {
					t.Errorf("%q (long %v): sentence %d is %v, want %s", tt.text, long, i, got, want)
				}
			}
			a.Release()
		}
	}
}

// BenchmarkKindWords measures kindWords on the sentences of the seed
// article.
func BenchmarkKindWords(b *testing.B) {
	_, text, spans := seed(b)
	lx, lower := load(), sameLenLower(text)
	sts := make([]sent, len(spans))
	for i, sp := range spans {
		sts[i] = sent{src: text, lower: lower, start: sp.Start, end: sp.End, exact: true}
		sts[i].toks = tokenize(text, lower, sp.Start, sp.End, lx, nil)
	}
	b.SetBytes(int64(len(text)))
	var words []kind.Word
	for b.Loop() {
		for i := range sts {
			words, _ = kindWords(&sts[i], sts[i].toks, words[:0])
		}
	}
}

// Kind of an empty sentence, or of a span out of the text, is kind.Other,
// as kind.ClassifyWith of the span's text ("") gives it, before and after
// the sentences about it are scanned.
func TestKindEmpty(t *testing.T) {
	text := "Kerry met with Putin in Moscow. Lavrov said."
	var spans []sentence.Span
	for _, se := range [][2]int{{0, 0}, {0, 31}, {31, 31}, {5, 3}, {32, 44}, {0, 100}, {-1, 4}, {44, 44}} {
		spans = append(spans, sentence.Span{Start: se[0], End: se[1]})
	}
	a := Analyze(text, spans)
	defer a.Release()
	for range 2 {
		for i, sp := range spans {
			if got, want := a.Kind(i), kind.ClassifyWith(sp.Text(text), a.Venue(i)); got != want {
				t.Errorf("Kind(%d) of %v = %v, want %v", i, sp, got, want)
			}
		}
	}
}

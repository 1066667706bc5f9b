package dates

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// TestTagPrepared checks that TagPrepared, given the lower case and the
// sentences of a text, finds what TagDoc finds, in either kind of
// document, and that it works out again a part that does not fit the
// text.
func TestTagPrepared(t *testing.T) {
	texts := readTexts(t, seedText, corpusText, negativeText)
	texts = append(texts, "", "  \n", "It RAINED on Friday. In 1999, it did not.", "\xff Aug. 5 \xe2\x80")
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tg := New()
	for _, text := range texts {
		low, _ := Lower(nil, text)
		other, _ := Lower(nil, text+"x")
		sents := sentence.Split(text)
		preps := []Prepared{
			{Lower: low, Sentences: sents},
			{Lower: low},
			{Sentences: sents},
			{Lower: other, Sentences: append([]sentence.Span{{Start: 1, End: 0}}, sents...)}, // neither is the text's
			{Lower: low, Sentences: []sentence.Span{{Start: 0, End: len(text) + 1}}},
		}
		for _, doc := range []DocType{News, Narrative} {
			want := tg.TagDoc(text, anchor, doc)
			for k, p := range preps {
				if got := tg.TagPrepared(text, p, anchor, doc); !reflect.DeepEqual(got, want) {
					t.Fatalf("%.40q, doc %d, prepared %d: %d mentions, TagDoc %d", text, doc, k, len(got), len(want))
				}
			}
		}
	}
}

// TestSpansFit checks spansFit's verdicts on spans out of text, out of
// order, overlapping and backwards.
func TestSpansFit(t *testing.T) {
	for _, c := range []struct {
		spans []sentence.Span
		n     int
		want  bool
	}{
		{nil, 0, true},
		{[]sentence.Span{{Start: 0, End: 3}, {Start: 4, End: 6}}, 6, true},
		{[]sentence.Span{{Start: 0, End: 3}, {Start: 3, End: 3}}, 3, true},
		{[]sentence.Span{{Start: 0, End: 3}, {Start: 4, End: 7}}, 6, false},
		{[]sentence.Span{{Start: -1, End: 3}}, 6, false},
		{[]sentence.Span{{Start: 2, End: 1}}, 6, false},
		{[]sentence.Span{{Start: 0, End: 3}, {Start: 2, End: 5}}, 6, false},
		{[]sentence.Span{{Start: 4, End: 5}, {Start: 0, End: 3}}, 6, false},
	} {
		if got := spansFit(c.spans, c.n); got != c.want {
			t.Errorf("spansFit(%v, %d) = %v, want %v", c.spans, c.n, got, c.want)
		}
	}
}

// BenchmarkTagPrepared measures the tagger on the text of BenchmarkTag
// with its lower case and sentences worked out already, as a build gives
// them.
func BenchmarkTagPrepared(b *testing.B) {
	seed := readTexts(b, seedText)[0]
	text := strings.Repeat(seed+"\n\n", 100_000/len(seed)+1)
	low, _ := Lower(nil, text)
	p := Prepared{Lower: low, Sentences: sentence.Split(text)}
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tg := New()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tg.TagPrepared(text, p, anchor, News)
	}
}

// FuzzTagPrepared checks that sentences that lie in order in the text but
// are not its sentences never make TagPrepared fail, and that its
// mentions lie in the text.
func FuzzTagPrepared(f *testing.F) {
	f.Add("Kerry met Lavrov on Friday, Aug. 26, 2016. Talks resume next week.", uint64(1))
	f.Add("In 1999 and 2000, by the 8th, at 19:15 hrs, Sept. 8 and 9", uint64(2))
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tg := New()
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, 3))
		var sents []sentence.Span
		for pos := 0; pos < len(text) && rng.IntN(8) > 0; {
			start := pos + rng.IntN(len(text)-pos+1)
			end := start + rng.IntN(len(text)-start+1)
			sents = append(sents, sentence.Span{Start: start, End: end})
			pos = end
		}
		low, _ := Lower(nil, text)
		for _, doc := range []DocType{News, Narrative} {
			for _, m := range tg.TagPrepared(text, Prepared{Lower: low, Sentences: sents}, anchor, doc) {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End || m.Text != text[m.Start:m.End] {
					t.Fatalf("mention %+v outside the text", m)
				}
			}
		}
	})
}

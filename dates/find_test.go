package dates

import (
	"math/bits"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// findSimple is find as it was before it read each trigger word once: for
// each rule the sentence's words trigger, over the trigger words in order,
// with the per-word masks cleared for each sentence and no first-byte
// filter before startMask. The later days of ranges ("Dec. 17-[18]") are
// added after, as find adds them.
func (t *Tagger) findSimple(text, lowText string, w *work) []candidate {
	cands := w.cands[:0]
	starts, vocab := w.starts, w.vocab
	// known marks the masks of starts and vocab computed so far, so that 0
	// can stand for a mask not computed yet.
	const known = noRule
	sc := &w.sc
	var mm match       // the match handed to build; build keeps no pointer to it
	var vx *vocabIndex // t.vocab(), once needed
	for _, sp := range sentence.Split(text) {
		s := text[sp.Start:sp.End]
		low := lowText[sp.Start:sp.End]
		t.scan(low, &w.scanned)
		if w.scanned.any == 0 {
			continue
		}
		words, trig := w.scanned.words, w.scanned.trig
		// startMask and vocabulary mask of each word, computed when needed
		starts, vocab = slices.Grow(starts[:0], len(words))[:len(words)], slices.Grow(vocab[:0], len(words))[:len(words)]
		clear(starts)
		clear(vocab)
		for rest := w.scanned.any; rest != 0; rest &= rest - 1 {
			ri := bits.TrailingZeros64(rest)
			r, bit := t.rules[ri], uint64(1)<<ri
			lead := t.lead[ri]
			next := 0 // first word index not tried yet
			for _, tr := range trig {
				if tr.mask&bit == 0 {
					continue
				}
				k := int(tr.word)
				from := k - lead
				if from < next {
					from = next
				}
				// A phrase from a word before the trigger reaches it only if
				// the rule's phrases can hold every word in between.
				for x := k - 1; x > from; x-- {
					if vocab[x] == 0 {
						if vx == nil {
							vx = t.vocab()
						}
						vocab[x] = vx.mask(low, words[x]) | known
					}
					if vocab[x]&bit == 0 {
						from = x
						break
					}
				}
				for at := from; at <= k; at++ {
					p := words[at]
					if starts[at] == 0 {
						starts[at] = t.startMask(low, p) | known
					}
					if starts[at]&bit == 0 || !r.fast().CanStart(low[p]) {
						continue
					}
					idx, left, right, ok := r.matchAt(sc, s, low, p)
					if !ok {
						continue
					}
					mm = match{r: r, text: s, lc: low, p: p, idx: idx, start: p + left, end: p + right}
					// build may narrow mm.start/mm.end (a word that proved to be context)
					if e := (Expr{}); r.build(&mm, &e) && mm.end > mm.start {
						cands = append(cands, candidate{start: sp.Start + mm.start, end: sp.Start + mm.end, rule: ri, expr: e, sent: sp})
					}
				}
				next = k + 1
			}
		}
	}
	w.cands, w.starts, w.vocab = cands, starts, vocab
	w.kept, w.order = settle(cands, w.kept[:0], w.order)
	if t.monthDay >= 0 {
		w.kept, w.tailRoom = t.addDayTails(text, w.kept, w.tailRoom)
	}
	return w.kept
}

// find finds what findSimple finds, in the seed article, the corpus
// phrasings, the negative phrases and runs of them glued together.
func TestFindSimple(t *testing.T) {
	tg := New()
	texts := readTexts(t, seedText, corpusText, negativeText)
	texts = append(texts, texts[1][:len(texts[1])/3]+texts[0]+texts[2])
	total := 0
	for _, text := range texts {
		low := asciiLower(text)
		got := slices.Clone(tg.find(text, low, sentence.Split(text), new(work)))
		want := slices.Clone(tg.findSimple(text, low, new(work)))
		total += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("find and findSimple differ: %d and %d candidates", len(got), len(want))
		}
	}
	if total < 1000 {
		t.Fatalf("only %d candidates in all", total)
	}
}

// fourDigitYears agrees with reading the years of the interval's ends in
// their zone, at the edges of the years 1 and 9999, in zones far from UTC.
func TestFourDigitYears(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600), time.FixedZone("odd", -(15*3600 + 17*60))}
	if ny, err := time.LoadLocation("America/New_York"); err == nil {
		zones = append(zones, ny)
	}
	for _, loc := range zones {
		for _, y := range []int{0, 1, 2, 2016, 9998, 9999, 10000} {
			for _, m := range []time.Month{1, 12} {
				for _, d := range []int{-2, -1, 0, 1, 2, 3, 4, 28, 29, 30, 31, 32} {
					for _, h := range []int{-15, -1, 0, 1, 23, 38} {
						at := time.Date(y, m, d, h, 0, 0, 0, loc)
						for _, v := range []Value{{Start: at, End: at.AddDate(0, 0, 1)}, {Start: at.AddDate(0, 0, -1), End: at}} {
							want := v.Start.Year() >= 1 && v.End.Year() <= 9999
							if got := fourDigitYears(v); got != want {
								t.Fatalf("fourDigitYears(%v to %v) = %v, want %v", v.Start, v.End, got, want)
							}
						}
					}
				}
			}
		}
	}
}

// scanIn, which reads words near a sentence's end off the text after it,
// reads the words, triggers and rules that scan reads off the sentence
// alone, for sentences cut at every offset of texts of the pieces words
// are made of, followed by more of them.
func TestScanIn(t *testing.T) {
	tg := New()
	pieces := []string{
		" ", ".", ",", "'", "’", "-", "\n", "é", "a", "p", "a.m.", "p.m.", "m", "of", "the", "may", "march",
		"monday", "mondays", "weekend", "yesterday", "september", "sept", "afternoon", "thanksgiving",
		"abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "contemporaneous", "1", "12",
		"1990", "1990s", "'90s", "3pm", "10:30", "2016-08-26", "12/25", "AUG",
	}
	rng := rand.New(rand.NewPCG(13, 14))
	var a, b scanned
	for range 2000 {
		var sb strings.Builder
		for range rng.IntN(30) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		low := asciiLower(sb.String())
		for end := range len(low) + 1 {
			tg.scan(low[:end], &a)
			tg.scanIn(low[:end], low, &b)
			if !slices.Equal(a.words, b.words) || !slices.Equal(a.trig, b.trig) || a.any != b.any {
				t.Fatalf("scanIn(%q) reads %v %v, scan %v %v", low[:end], b.words, b.trig, a.words, a.trig)
			}
		}
	}
}

// A work that one tagger used finds for another what a new one finds: the
// memo of start masks and the vocabulary index, kept in the pooled work,
// belong to one tagger.
func TestFindMemoPerTagger(t *testing.T) {
	b, err := os.ReadFile("../testdata/geneva-2016-08-26.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	low := asciiLower(text)
	rs := builtinRules()
	slices.Reverse(rs) // other bits for the same rules
	a, other := New(), newTagger(rs)
	w := new(work)
	a.find(text, low, sentence.Split(text), w)
	got := slices.Clone(other.find(text, low, sentence.Split(text), w))
	want := slices.Clone(other.find(text, low, sentence.Split(text), new(work)))
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Logf("candidate %d: %+v, want %+v", i, got[i], want[i])
			}
		}
		t.Fatalf("after another tagger: %d candidates, want %d", len(got), len(want))
	}
}

// FuzzFind checks that find and findSimple find the same candidates in any
// text: the rules tried, the phrases built and the later days of ranges
// added after.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Fed meets next month (Dec. 17-18); after that it will pause.",
		"talks on Sept. 8 and 9, Aug. 24–26, Oct. 3, 4, and 5th, March 5-9, 1918, Aug. 4 and 5 men",
		"(Dec. 17-18); after daybreak Saturday, the 10-year Treasury, its first day",
		"from the 13th to the 19th of October; the weekend of Aug. 20-21, 2016. Sept. 11, 19 hijackers",
	} {
		f.Add(s)
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text string) {
		low := asciiLower(text)
		got := slices.Clone(tg.find(text, low, sentence.Split(text), new(work)))
		want := tg.findSimple(text, low, new(work))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("find and findSimple differ on %q: %d and %d candidates", text, len(got), len(want))
		}
	})
}

// Both finders add the later day of a range before a bracket and a
// semicolon, and before the other marks that may close it.
func TestFindSimpleDayTails(t *testing.T) {
	tg := New()
	for _, text := range []string{"(Dec. 17-18); after", "Dec. 17-18) after", "Dec. 17-18; after", "Dec. 17-18, after", "on Dec. 17 and 18."} {
		low := asciiLower(text)
		for name, cands := range map[string][]candidate{
			"find":       slices.Clone(tg.find(text, low, sentence.Split(text), new(work))),
			"findSimple": tg.findSimple(text, low, new(work)),
		} {
			if len(cands) != 2 || text[cands[1].start:cands[1].end] != "18" {
				t.Errorf("%s(%q) finds %d candidates, want Dec. 17 and 18", name, text, len(cands))
			}
		}
	}
}

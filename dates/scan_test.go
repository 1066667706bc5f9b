package dates

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// scan is scanIn on a sentence alone, with no text after it.
func (t *Tagger) scan(low string, sc *scanned) { t.scanIn(low, low, sc) }

// findWordsBytes is findWords written the simple way: a byte at a time
// through byteClass, every byte looked at once as a possible word start.
// findWords must agree with it.
func (t *Tagger) findWordsBytes(low string, words []int, maybes []maybe) (nw, nm int) {
	for i := 0; i < len(low); {
		if byteClass[low[i]] == 0 {
			i++
			continue
		}
		j, classes := i, uint8(0)
		for j < len(low) && byteClass[low[j]] != 0 {
			classes |= byteClass[low[j]]
			j++
		}
		words[nw] = i
		n := j - i
		keep := true // the filters cannot rule it out
		switch {
		case classes != classLetter:
		case n <= 8 && i+8 <= len(low):
			keep = t.shortWords.may(packShort(low[i:j])) || n == 1 && low[j] == '.'
		case n > 16:
			keep = false
		case n >= 2:
			b := letterBit(low[i], low[i+1], n)
			keep = t.letters2[b/64]&(1<<(b%64)) != 0
		}
		if keep {
			maybes[nm] = maybe{int32(nw), int32(j), classes}
			nm++
		}
		nw++
		i = j
	}
	return nw, nm
}

// packShort returns the one-word key of a word of up to eight bytes.
func packShort(w string) uint64 {
	k, _ := packWord(w)
	return k[0]
}

// checkFindWords fails t unless findWords and findWordsBytes agree on
// text, lower-cased as scan's callers do, and on every beginning and end of
// it cut at each of its last and first 17 bytes (so that words end at every
// distance from the end of the text).
func checkFindWords(t *testing.T, tg *Tagger, text string) {
	t.Helper()
	low := asciiLower(text)
	var cuts []string
	for n := 0; n <= 17 && n <= len(low); n++ {
		cuts = append(cuts, low[:len(low)-n], low[n:], low[:n])
	}
	for _, s := range cuts {
		room := (len(s) + 1) / 2
		w1, m1 := make([]int, room), make([]maybe, room)
		w2, m2 := make([]int, room), make([]maybe, room)
		nw1, nm1 := tg.findWords(s, w1, m1)
		nw2, nm2 := tg.findWordsBytes(s, w2, m2)
		if !slices.Equal(w1[:nw1], w2[:nw2]) || !slices.Equal(m1[:nm1], m2[:nm2]) {
			t.Fatalf("findWords(%q):\nwords %v, maybes %v\nbyte by byte: words %v, maybes %v", s, w1[:nw1], m1[:nm1], w2[:nw2], m2[:nm2])
		}
	}
}

// findWords finds the same words and keeps the same ones for the second
// pass as the simple byte loop does: on texts made of pieces that meet
// every case (trigger words and others of every length, numbers,
// apostrophes before digits, "a.m.", bytes beyond ASCII, words of eight
// bytes or more and of more than 16, text that ends within eight bytes of
// a word), on random bytes, and on real text.
func TestFindWordsByteLoop(t *testing.T) {
	tg := New()
	pieces := []string{
		" ", "  ", ".", ",", "'", "’", "-", "\n", "\t", "\x00", "\xff", "é", "—", "\u00a0",
		"a", "p", "a.m.", "p.m.", "x", "of", "in", "the", "may", "march", "monday", "mondays", "week", "weekend",
		"yesterday", "september", "sept", "afternoon", "thanksgiving", "contemporaneous", "internationalization",
		"counterrevolutionaries", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
		"1", "12", "1990", "1990s", "90s", "'90s", "’90s", "3pm", "10:30", "2016-08-26", "12/25", "4th", "a1", "1a",
		"abcdefg1", "abcdefgh1", "1abcdefgh", "abcdefghijklmnopq1", "AUG", "Monday", "ÉtÉ",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkFindWords(t, tg, b.String())
	}
	// random bytes, mostly word bytes and separators
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .'\x80Z"
	for range 3000 {
		b := make([]byte, rng.IntN(70))
		for i := range b {
			if rng.IntN(8) == 0 {
				b[i] = byte(rng.IntN(256))
			} else {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		checkFindWords(t, tg, string(b))
	}
	// real text: the seed article and the corpus files, line by line and whole
	for _, name := range []string{"../testdata/geneva-2016-08-26.txt", "testdata/corpus.txt", "testdata/negative.txt"} {
		text, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		low := asciiLower(string(text))
		checkFindWords(t, tg, low)
		for _, line := range strings.Split(low, "\n") {
			checkFindWords(t, tg, line)
		}
	}
}

// FuzzFindWords checks findWords against the byte loop on any text.
func FuzzFindWords(f *testing.F) {
	for _, s := range []string{"", "a.m.", "the '90s and ’90s", "monday\xffsept. 12, 2016", "abcdefghijklmnopqrstuvwxyz0123456789"} {
		f.Add(s)
	}
	tg := New()
	f.Fuzz(func(t *testing.T, s string) {
		checkFindWords(t, tg, s)
	})
}

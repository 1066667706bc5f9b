package dates

import (
	"testing"

	"github.com/timelinehq/timeline/internal/swar"
)

// maskBytes is vocabIndex.mask reading the word byte by byte, without the
// one load that mask reads most words off.
func (x *vocabIndex) maskBytes(low string, p int) uint64 {
	i := p
	for i < len(low) && byteClass[low[i]] == 0 {
		i++
	}
	j, classes := i, uint8(0)
	for j < len(low) && byteClass[low[j]] != 0 {
		classes |= byteClass[low[j]]
		j++
	}
	if j == i || j-i > 16 {
		return ^uint64(0) // not a word the lists could hold: no rule is ruled out
	}
	m := x.all
	if n := j - i; n <= 8 && i+8 <= len(low) {
		m |= x.words.getShort(swar.LoadAt(low, i) & swar.FirstBytes[n&15]) // one load, as the scan does
	} else {
		m |= x.words.get(keyAt(low, i, n))
	}
	if classes&classDigit != 0 {
		m |= x.digits
	}
	return m
}

// vocabIndex.mask answers as maskBytes does at every offset of the seed
// article, the corpus phrasings and random text with digits, capitals,
// apostrophes and bytes beyond ASCII, lower-cased or not.
func TestVocabMaskBytes(t *testing.T) {
	x := New().vocab()
	texts := readTexts(t, seedText, corpusText)
	for _, r := range randomTexts(11, 12, 3000, "abcdefghijklmnopqrstuvwxyz0123456789 '.-’\xffAZ@[`{/") {
		texts = append(texts, r, "last "+r+" year")
	}
	for _, text := range texts {
		for _, low := range []string{asciiLower(text), text} {
			for p := range len(low) {
				if got, want := x.mask(low, p), x.maskBytes(low, p); got != want {
					t.Fatalf("mask(%q, %d) = %#x, want %#x", low[p:min(p+20, len(low))], p, got, want)
				}
			}
		}
	}
}

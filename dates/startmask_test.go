package dates

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// startMaskMemo is the startMask half of startMasksMemo.
func (t *Tagger) startMaskMemo(low string, p int, memo *startMemo) uint64 {
	m, _ := t.startMasksMemo(low, p, memo)
	return m
}

// startMaskLookups is startMask without its table of first bytes: every
// prefix, the first byte's too, looked up in t.starts.
func (t *Tagger) startMaskLookups(low string, p int) uint64 {
	mask := t.anyStart
	if c := low[p]; c >= '0' && c <= '9' {
		mask |= t.digitStart
	}
	var k wordKey
	for n := 0; n < 16 && p+n < len(low); n++ {
		c := low[p+n]
		if byteClass[c] == 0 {
			break
		}
		k[n/8] |= uint64(c) << (8 * (n % 8))
		m := t.starts.get(k)
		mask |= m
		if m&morePrefixes == 0 {
			break
		}
	}
	return mask &^ morePrefixes
}

// startMask agrees with looking every prefix up, at every offset of real
// text, of the corpus phrasings and of random text made of the prefixes'
// letters, digits, apostrophes and bytes beyond ASCII.
func TestStartMaskLookups(t *testing.T) {
	tg := New()
	texts := readTexts(t, seedText, corpusText, negativeText)
	for _, r := range randomTexts(5, 6, 2000, "abcdefghijklmnopqrstuvwxyz0123456789 '.-’\xffAZ") {
		texts = append(texts, r, "the "+r, "last "+r)
	}
	for _, text := range texts {
		for _, low := range []string{asciiLower(text), text} {
			for p := range len(low) {
				if got, want := tg.startMask(low, p), tg.startMaskLookups(low, p); got != want {
					t.Fatalf("startMask(%q, %d) = %#x, want %#x", low[p:min(p+20, len(low))], p, got, want)
				}
			}
		}
	}
	if !strings.Contains(texts[0], "Kerry") {
		t.Fatal("not the seed article")
	}
}

// startFirst holds, for every byte, every rule that startMask gives for a
// word beginning with it and whose regexp may start with it, at every
// offset of the texts of TestStartMaskLookups' kind.
func TestStartFirst(t *testing.T) {
	tg := New()
	b, err := os.ReadFile("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	texts := []string{string(b)}
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 '.-’\xffAZ"
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		low := asciiLower(text)
		for p := range len(low) {
			c := low[p]
			for i, r := range tg.rules {
				bit := uint64(1) << i
				want := tg.startMask(low, p)&bit != 0 && r.fast().CanStart(c)
				if want && tg.startFirst[c]&bit == 0 {
					t.Fatalf("startFirst[%q] lacks rule %s, which may start at %q", c, r.Name, low[p:min(p+20, len(low))])
				}
				if !r.fast().CanStart(c) && tg.startFirst[c]&bit != 0 {
					t.Fatalf("startFirst[%q] has rule %s, whose regexp cannot start with it", c, r.Name)
				}
			}
		}
	}
}

// startMaskMemo answers as startMask does, with one memo kept over the
// seed article, the corpus phrasings and random text (whose words collide
// in the memo and replace each other), in both cases.
func TestStartMaskMemo(t *testing.T) {
	tg := New()
	texts := readTexts(t, seedText, corpusText)
	for _, r := range randomTexts(9, 10, 3000, "abcdefghijklmnopqrstuvwxyz0123456789 '.-’\xffAZ@[`{") {
		texts = append(texts, r, "the "+r+" last")
	}
	memo := new(startMemo)
	for _, text := range texts {
		for _, low := range []string{asciiLower(text), text} {
			for p := range len(low) {
				if got, want := tg.startMaskMemo(low, p, memo), tg.startMask(low, p); got != want {
					t.Fatalf("startMaskMemo(%q, %d) = %#x, want %#x", low[p:min(p+20, len(low))], p, got, want)
				}
			}
		}
	}
	used := 0
	for _, e := range memo {
		if e.key != 0 {
			used++
		}
	}
	if used < len(memo)/2 {
		t.Fatalf("only %d words in the memo", used)
	}
}

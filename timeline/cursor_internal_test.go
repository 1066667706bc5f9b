package timeline

import (
	"math/rand/v2"
	"testing"

	"github.com/timelinehq/timeline/internal/sentence"
)

// TestSentenceCursor holds sentenceCursor to sentenceOf on random
// sentences and mentions, mostly in text order, some out of it.
func TestSentenceCursor(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		var ss []sentence.Span
		for pos := rng.IntN(3); len(ss) < rng.IntN(12); {
			start := pos + rng.IntN(3)
			end := start + 1 + rng.IntN(20)
			ss = append(ss, sentence.Span{Start: start, End: end})
			pos = end
		}
		c := sentenceCursor{ss: ss}
		start := 0
		for range 30 {
			if rng.IntN(10) == 0 {
				start = rng.IntN(start + 1) // out of order
			} else {
				start += rng.IntN(8)
			}
			end := start + rng.IntN(6)
			if got, want := c.of(start, end), sentenceOf(ss, start, end); got != want {
				t.Fatalf("sentences %v: [%d, %d) in %d, sentenceOf says %d", ss, start, end, got, want)
			}
		}
	}
}

// TestMemoryJoin checks that join gives a+b in the memory of events,
// across the blocks of the memory, and that what it gave stays as it was.
func TestMemoryJoin(t *testing.T) {
	var m eventMemory
	var got, want []string
	for i := range 3000 {
		a, b := string(rune('a'+i%26))+"  and ", "9"
		if i%3 == 0 {
			a = ""
		}
		got, want = append(got, m.join(a, b)), append(want, a+b)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("join %d = %q, want %q", i, got[i], want[i])
		}
	}
}

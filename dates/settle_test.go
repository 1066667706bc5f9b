package dates

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// bitRange answers, and sets, as a loop over the bits one by one would,
// for ranges within one word, across words, at word edges and empty.
func TestBitRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		set := []uint64{rng.Uint64() & rng.Uint64(), rng.Uint64() & rng.Uint64(), rng.Uint64() & rng.Uint64()}
		from := rng.IntN(3 * 64)
		to := from + rng.IntN(3*64-from+1)
		want := false
		for b := from; b < to; b++ {
			want = want || set[b/64]&(1<<(b%64)) != 0
		}
		if got := bitRange(set, from, to, false); got != want {
			t.Fatalf("bitRange(%x, %d, %d) = %v, want %v", set, from, to, got, want)
		}
		wantSet := append([]uint64(nil), set...)
		for b := from; b < to; b++ {
			wantSet[b/64] |= 1 << (b % 64)
		}
		if bitRange(set, from, to, true); set[0] != wantSet[0] || set[1] != wantSet[1] || set[2] != wantSet[2] {
			t.Fatalf("setting [%d, %d): got %x, want %x", from, to, set, wantSet)
		}
	}
}

// settle, which sorts packed keys, keeps the same candidates in the same
// order as settleSlow, which compares candidates: on random candidates
// with many ties of length, rule and start (told apart by their Expr,
// where the first of equals must win).
func TestSettleKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var order []uint64
	for range 3000 {
		c := make([]candidate, rng.IntN(40))
		base := rng.IntN(1000)
		for i := range c {
			start := base + rng.IntN(60)
			c[i] = candidate{start: start, end: start + 1 + rng.IntN(12), rule: rng.IntN(4), expr: Expr{Year: i}}
		}
		var got []candidate
		got, order = settle(c, nil, order)
		lo, hi := base, base
		for _, x := range c {
			lo, hi = min(lo, x.start), max(hi, x.end)
		}
		want := settleSlow(c, nil, lo, hi)
		if !slices.EqualFunc(got, want, func(a, b candidate) bool { return a.start == b.start && a.end == b.end && a.expr.Year == b.expr.Year }) {
			t.Fatalf("settle(%v) = %v, want %v", c, got, want)
		}
	}
}

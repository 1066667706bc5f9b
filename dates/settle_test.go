package dates

import (
	"math/rand/v2"
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

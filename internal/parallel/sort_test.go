package parallel

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// SortStableFunc gives what slices.SortStableFunc gives, equal elements
// included, for any number of jobs and lengths around its part sizes.
func TestSortStableFunc(t *testing.T) {
	type item struct{ key, pos int }
	byKey := func(a, b item) int { return cmp.Compare(a.key, b.key) }
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, minSortPart - 1, 2 * minSortPart, 3*minSortPart + 7, 50000} {
		for _, jobs := range []int{1, 2, 3, 4, 7} {
			xs := make([]item, n)
			for i := range xs {
				xs[i] = item{key: rng.IntN(100), pos: i} // many equal keys: stability shows
			}
			want := slices.Clone(xs)
			slices.SortStableFunc(want, byKey)
			SortStableFunc(xs, byKey, jobs)
			if !slices.Equal(xs, want) {
				t.Errorf("%d elements, %d jobs: differs from slices.SortStableFunc", n, jobs)
			}
		}
	}
}

func BenchmarkSortStableFunc(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	src := make([]int, 100000)
	for i := range src {
		src[i] = rng.IntN(1000)
	}
	xs := make([]int, len(src))
	for _, jobs := range []int{1, 2} {
		b.Run(map[int]string{1: "jobs=1", 2: "jobs=2"}[jobs], func(b *testing.B) {
			for b.Loop() {
				copy(xs, src)
				SortStableFunc(xs, cmp.Compare[int], jobs)
			}
		})
	}
}

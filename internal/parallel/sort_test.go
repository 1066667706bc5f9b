package parallel

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// SortStableFunc gives what slices.SortStableFunc gives, equal elements
// included, and SortFunc gives it for a comparison that ends on the
// elements' places, for any number of jobs and lengths around their part
// sizes.
func TestSortFuncs(t *testing.T) {
	type item struct{ key, pos int }
	byKey := func(a, b item) int { return cmp.Compare(a.key, b.key) }
	byKeyPos := func(a, b item) int { return cmp.Or(byKey(a, b), cmp.Compare(a.pos, b.pos)) }
	sorts := []struct {
		name string
		sort func([]item, func(a, b item) int, int)
		cmp  func(a, b item) int
	}{
		{"SortStableFunc", SortStableFunc[item], byKey},
		{"SortFunc", SortFunc[item], byKeyPos},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, minSortPart - 1, 2 * minSortPart, 2*minSortPart + 1, 3*minSortPart + 7, 50000} {
		for _, jobs := range []int{1, 2, 3, 4, 7} {
			xs := make([]item, n)
			for i := range xs {
				xs[i] = item{key: rng.IntN(100), pos: i} // many equal keys: stability shows
			}
			want := slices.Clone(xs)
			slices.SortStableFunc(want, byKey)
			for _, s := range sorts {
				got := slices.Clone(xs)
				s.sort(got, s.cmp, jobs)
				if !slices.Equal(got, want) {
					t.Errorf("%s of %d elements, %d jobs: differs from slices.SortStableFunc", s.name, n, jobs)
				}
			}
		}
	}
}

// mergeFront and mergeBack split one stable merge between them, for runs
// of any lengths with equal elements in both.
func TestMergeHalves(t *testing.T) {
	type item struct{ key, run int }
	byKey := func(a, b item) int { return cmp.Compare(a.key, b.key) }
	rng := rand.New(rand.NewPCG(9, 10))
	for range 2000 {
		a, b := make([]item, rng.IntN(20)), make([]item, rng.IntN(20))
		for i := range a {
			a[i] = item{rng.IntN(6), 0}
		}
		for i := range b {
			b[i] = item{rng.IntN(6), 1}
		}
		slices.SortStableFunc(a, byKey)
		slices.SortStableFunc(b, byKey)
		want := slices.Concat(a, b)
		slices.SortStableFunc(want, byKey)
		for half := range len(want) + 1 {
			got := make([]item, len(want))
			mergeFront(got[:half], a, b, byKey)
			mergeBack(got[half:], a, b, byKey)
			if !slices.Equal(got, want) {
				t.Fatalf("merge of %v and %v split at %d: %v, want %v", a, b, half, got, want)
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

func BenchmarkSortFunc(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	src := make([]int, 100000)
	for i := range src {
		src[i] = rng.IntN(1000)<<20 | i
	}
	xs := make([]int, len(src))
	for _, jobs := range []int{1, 2} {
		b.Run(map[int]string{1: "jobs=1", 2: "jobs=2"}[jobs], func(b *testing.B) {
			for b.Loop() {
				copy(xs, src)
				SortFunc(xs, cmp.Compare[int], jobs)
			}
		})
	}
}

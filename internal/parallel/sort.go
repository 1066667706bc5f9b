package parallel

import (
	"slices"
	"sync"
)

// minSortPart is the fewest elements SortStableFunc gives a goroutine:
// below it, starting one costs more than it saves.
const minSortPart = 4096

// SortStableFunc sorts xs as slices.SortStableFunc does, with the same
// result, on up to jobs goroutines: parts of xs are sorted at once, then
// merged pairwise, the left part first among equal elements.
func SortStableFunc[E any](xs []E, cmp func(a, b E) int, jobs int) {
	parts := min(jobs, len(xs)/minSortPart)
	if parts < 2 {
		slices.SortStableFunc(xs, cmp)
		return
	}
	bounds := make([]int, parts+1) // part i is xs[bounds[i]:bounds[i+1]]
	for i := range bounds {
		bounds[i] = i * len(xs) / parts
	}
	var wg sync.WaitGroup
	for i := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slices.SortStableFunc(xs[bounds[i]:bounds[i+1]], cmp)
		}()
	}
	wg.Wait()
	buf := make([]E, len(xs))
	src, dst := xs, buf
	for len(bounds) > 2 {
		// Merge neighbouring parts, each pair on a goroutine; an odd last
		// part is copied as it is.
		next := []int{0}
		for i := 0; i+1 < len(bounds); i += 2 {
			lo, mid, hi := bounds[i], bounds[i+1], bounds[i+1]
			if i+2 < len(bounds) {
				hi = bounds[i+2]
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				mergeRuns(dst[lo:hi], src[lo:mid], src[mid:hi], cmp)
			}()
			next = append(next, hi)
		}
		wg.Wait()
		bounds = next
		src, dst = dst, src
	}
	if &src[0] != &xs[0] {
		copy(xs, src)
	}
}

// mergeRuns merges the sorted runs a and b into out (len(a)+len(b) long),
// taking from a first among equal elements.
func mergeRuns[E any](out, a, b []E, cmp func(a, b E) int) {
	k := 0
	for len(a) > 0 && len(b) > 0 {
		if cmp(b[0], a[0]) < 0 {
			out[k], b = b[0], b[1:]
		} else {
			out[k], a = a[0], a[1:]
		}
		k++
	}
	k += copy(out[k:], a)
	copy(out[k:], b)
}

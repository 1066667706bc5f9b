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
	sortParts(xs, cmp, jobs, slices.SortStableFunc[[]E, E])
}

// SortFunc sorts xs by cmp on up to jobs goroutines, as SortStableFunc
// does, for a cmp that tells every two elements of xs apart (0 only for an
// element and itself, as a comparison that ends on the elements' places
// does): there is then one order to find, and the parts are sorted by
// slices.SortFunc, with some half the comparisons of a stable sort.
func SortFunc[E any](xs []E, cmp func(a, b E) int, jobs int) {
	sortParts(xs, cmp, jobs, slices.SortFunc[[]E, E])
}

// sortParts sorts xs on up to jobs goroutines: parts of xs are sorted at
// once by sort, then merged pairwise, the left part first among equal
// elements, each merge on two goroutines (mergeRuns).
func sortParts[E any](xs []E, cmp func(a, b E) int, jobs int, sort func([]E, func(a, b E) int)) {
	parts := min(jobs, len(xs)/minSortPart)
	if parts < 2 {
		sort(xs, cmp)
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
			sort(xs[bounds[i]:bounds[i+1]], cmp)
		}()
	}
	wg.Wait()
	buf := make([]E, len(xs))
	src, dst := xs, buf
	for len(bounds) > 2 {
		// Merge neighbouring parts, each pair on two goroutines; an odd
		// last part is copied as it is.
		next := []int{0}
		for i := 0; i+1 < len(bounds); i += 2 {
			lo, mid, hi := bounds[i], bounds[i+1], bounds[i+1]
			if i+2 < len(bounds) {
				hi = bounds[i+2]
			}
			mergeRuns(&wg, dst[lo:hi], src[lo:mid], src[mid:hi], cmp)
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
// taking from a first among equal elements, on two goroutines it adds to
// wg: one writes the first half of out from the runs' fronts, the other
// the second half from their backs. The halves are those of the one
// merged order, so that they need no search for where to split the runs:
// the last merge, of all the elements, is no longer on one core.
func mergeRuns[E any](wg *sync.WaitGroup, out, a, b []E, cmp func(a, b E) int) {
	if len(b) == 0 {
		copy(out, a)
		return
	}
	half := len(out) / 2
	wg.Add(2)
	go func() {
		defer wg.Done()
		mergeFront(out[:half], a, b, cmp)
	}()
	go func() {
		defer wg.Done()
		mergeBack(out[half:], a, b, cmp)
	}()
}

// mergeFront fills out with the first len(out) elements of the merge of
// a and b, a first among equal elements.
func mergeFront[E any](out, a, b []E, cmp func(a, b E) int) {
	for k := range out {
		if len(b) == 0 || len(a) > 0 && cmp(b[0], a[0]) >= 0 {
			out[k], a = a[0], a[1:]
		} else {
			out[k], b = b[0], b[1:]
		}
	}
}

// mergeBack fills out with the last len(out) elements of the merge of a
// and b, a first among equal elements: from the back, b's last goes
// first among equal ones.
func mergeBack[E any](out, a, b []E, cmp func(a, b E) int) {
	for k := len(out) - 1; k >= 0; k-- {
		if len(a) == 0 || len(b) > 0 && cmp(b[len(b)-1], a[len(a)-1]) >= 0 {
			out[k], b = b[len(b)-1], b[:len(b)-1]
		} else {
			out[k], a = a[len(a)-1], a[:len(a)-1]
		}
	}
}

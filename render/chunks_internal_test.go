package render

import (
	"errors"
	"strconv"
	"testing"
)

// TestJobsFor checks that timelines of fewer than parallelMin events, or of
// one chunk, are written on the caller's goroutine alone.
func TestJobsFor(t *testing.T) {
	c := chunking{size: chunkSize, jobs: 4, min: parallelMin}
	for n, want := range map[int]int{0: 1, 10: 1, parallelMin - 1: 1, parallelMin: 4, 100000: 4} {
		if got := c.jobsFor(n); got != want {
			t.Errorf("%d items: %d goroutines, want %d", n, got, want)
		}
	}
	if got := (chunking{size: 10, jobs: 4}).jobsFor(10); got != 1 {
		t.Errorf("one chunk: %d goroutines, want 1", got)
	}
	if got := (chunking{size: 10, jobs: 4}).jobsFor(21); got != 3 {
		t.Errorf("three chunks: %d goroutines, want 3", got)
	}
}

// TestWriteChunksEncodeError checks that a chunk that fails to encode stops
// the run: the chunks before it are written, none after it, and its error
// is returned.
func TestWriteChunksEncodeError(t *testing.T) {
	errEncode := errors.New("cannot encode")
	for _, jobs := range []int{1, 4} {
		c := chunking{size: 3, jobs: jobs}
		encode := func(b []byte, from, to int) ([]byte, error) {
			if from == 9 {
				return b, errEncode
			}
			for i := from; i < to; i++ {
				b = strconv.AppendInt(append(b, ' '), int64(i), 10)
			}
			return b, nil
		}
		var out []byte
		err := c.writeChunks(30, encode, func(b []byte) error { out = append(out, b...); return nil })
		if !errors.Is(err, errEncode) {
			t.Errorf("jobs %d: error %v, want %v", jobs, err, errEncode)
		}
		if want := " 0 1 2 3 4 5 6 7 8"; string(out) != want {
			t.Errorf("jobs %d: wrote %q, want %q", jobs, out, want)
		}
	}
}

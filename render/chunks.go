package render

import (
	"runtime"
	"sync"

	"github.com/timelinehq/timeline/internal/parallel"
)

// chunkSize is how many items one goroutine of writeChunks encodes at a
// time: enough to make handing them over cheap, few enough to keep memory
// small.
const chunkSize = 256

// parallelMin is the fewest items worth more than one goroutine: below it,
// rendering takes a few milliseconds at most, less than starting the
// goroutines and warming their caches saves.
const parallelMin = 4 * chunkSize

// chunking is how a writer cuts its items (events) into chunks and how many
// goroutines encode them. The writers use autoChunking; tests force small
// chunks on many goroutines to run the parallel path on small timelines.
type chunking struct {
	size int // items per chunk
	jobs int // goroutines at most
	min  int // fewest items encoded on more than one goroutine
}

// autoChunking is chunks of chunkSize items on GOMAXPROCS goroutines, for
// timelines of parallelMin events or more.
func autoChunking() chunking {
	return chunking{size: chunkSize, jobs: runtime.GOMAXPROCS(0), min: parallelMin}
}

// jobsFor is the number of goroutines for n items: 1 when they are fewer
// than c.min or fit in one chunk, and never more than there are chunks.
func (c chunking) jobsFor(n int) int {
	if n < c.min || n <= c.size {
		return 1
	}
	return min(c.jobs, (n+c.size-1)/c.size)
}

// writeChunks writes the encoding of items 0 to n-1: encode appends that
// of items from to to-1 to b and returns it; write writes it. Chunks are
// encoded on up to c.jobs goroutines and written in order, so the bytes are
// the same however many goroutines there are. The first error of encode or
// write stops the run and is returned, after the goroutines have stopped.
// encode must only read what it shares with other chunks.
func (c chunking) writeChunks(n int, encode func(b []byte, from, to int) ([]byte, error), write func([]byte) error) error {
	type chunk struct {
		buf *[]byte
		err error
	}
	enc := func(from int) chunk {
		bp := chunkBufs.Get().(*[]byte)
		b, err := encode((*bp)[:0], from, min(from+c.size, n))
		*bp = b
		return chunk{bp, err}
	}
	put := func(ch chunk) error {
		defer chunkBufs.Put(ch.buf)
		if ch.err != nil {
			return ch.err
		}
		return write(*ch.buf)
	}
	return parallel.Ordered(c.jobsFor(n), c.starts(n), enc, put)
}

// starts returns the iterator parallel.Ordered takes over the first items
// of the chunks of n items.
func (c chunking) starts(n int) func() (int, bool, error) {
	next := 0
	return func() (int, bool, error) {
		if next >= n {
			return 0, false, nil
		}
		from := next
		next = min(next+c.size, n)
		return from, true, nil
	}
}

// chunkBufs holds the buffers of writeChunks's chunks.
var chunkBufs = sync.Pool{New: func() any { return new([]byte) }}

// eachChunk calls f on items 0 to n-1 in chunks (from, to), on up to
// c.jobs goroutines. It returns the error of the first chunk (in item
// order) that fails; the chunks after it may or may not have run, and
// none runs any more when it returns.
func (c chunking) eachChunk(n int, f func(from, to int) error) error {
	run := func(from int) error { return f(from, min(from+c.size, n)) }
	return parallel.Ordered(c.jobsFor(n), c.starts(n), run, func(err error) error { return err })
}

// byteAppender is an io.Writer that appends to b, for encoders (json,
// csv) that write a chunk's bytes.
type byteAppender struct{ b []byte }

func (a *byteAppender) Write(p []byte) (int, error) {
	a.b = append(a.b, p...)
	return len(p), nil
}

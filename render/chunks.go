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

// writeChunks writes the encoding of items 0 to n-1: encode appends that
// of items from to to-1 to b and returns it; write writes it. Chunks are
// encoded on up to GOMAXPROCS goroutines and written in order, so the bytes
// are the same however many goroutines there are. The first error of write
// stops the run and is returned. encode must only read what it shares with
// other chunks.
func writeChunks(n int, encode func(b []byte, from, to int) []byte, write func([]byte) error) error {
	enc := func(from int) *[]byte {
		bp := chunkBufs.Get().(*[]byte)
		*bp = encode((*bp)[:0], from, min(from+chunkSize, n))
		return bp
	}
	put := func(bp *[]byte) error {
		defer chunkBufs.Put(bp)
		return write(*bp)
	}
	return parallel.Ordered(runtime.GOMAXPROCS(0), chunkStarts(n), enc, put)
}

// chunkStarts returns the iterator parallel.Ordered takes over the first
// items of the chunks of n items.
func chunkStarts(n int) func() (int, bool, error) {
	next := 0
	return func() (int, bool, error) {
		if next >= n {
			return 0, false, nil
		}
		from := next
		next = min(next+chunkSize, n)
		return from, true, nil
	}
}

// chunkBufs holds the buffers of writeChunks's chunks.
var chunkBufs = sync.Pool{New: func() any { return new([]byte) }}

// eachChunk calls f on items 0 to n-1 in chunks (from, to), on up to
// GOMAXPROCS goroutines. It returns the error of the first chunk (in item
// order) that fails; the chunks after it may or may not have run.
func eachChunk(n int, f func(from, to int) error) error {
	run := func(from int) error { return f(from, min(from+chunkSize, n)) }
	return parallel.Ordered(runtime.GOMAXPROCS(0), chunkStarts(n), run, func(err error) error { return err })
}

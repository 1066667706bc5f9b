// Package gcpace paces the garbage collector of a process whose heap grows
// with its input, such as a build that keeps every event of a corpus until
// it has merged them.
//
// GOGC alone sets how much the heap may grow between collections as a
// multiple of what the last one found alive. A growing heap is small for
// most of a run, so that multiple makes the collector run many times while
// there is little to free and little to save, each time marking all that
// is alive: a fifth of a 20 MB build's instructions at GOGC 200. A higher
// GOGC saves that work but lets a large heap grow to several times its live
// size. Pacing by the larger of the two, a multiple of the live heap and a
// fixed headroom, gives a small heap few collections and a large one the
// bound of the multiple.
package gcpace

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// minLive is the live heap assumed before the first collection, the
// runtime's own starting point (4 MB), and the least assumed after one, so
// that the pace stays finite.
const minLive = 4 << 20

// liveMetric is the heap the last collection found alive.
const liveMetric = "/gc/heap/live:bytes"

// Start makes the collector run when the heap has grown by the larger of
// percent percent of its live part and headroom bytes, and returns the
// function that stops doing so and restores the previous GOGC. The pace is
// set again after each collection, from what it found alive.
func Start(percent int, headroom uint64) (stop func()) {
	p := &pacer{percent: percent, headroom: headroom}
	p.old = debug.SetGCPercent(p.next())
	p.arm()
	return p.stop
}

// pacer sets GOGC after each collection. Its sentinel, an object nothing
// refers to, is freed by the next collection, whose finalizer sets the pace
// and makes the next sentinel.
type pacer struct {
	percent  int
	headroom uint64

	mu      sync.Mutex
	stopped bool
	old     int // GOGC before Start
	sample  [1]metrics.Sample
}

// sentinel is big enough, and holds a pointer, so that it is not one of
// the tiny objects the allocator packs together, whose finalizers may run
// late.
type sentinel struct {
	p   *pacer
	pad [2]uint64
}

func (p *pacer) arm() {
	s := &sentinel{p: p}
	runtime.SetFinalizer(s, func(s *sentinel) { s.p.collected() })
}

// collected sets the pace after a collection, unless stopped.
func (p *pacer) collected() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	debug.SetGCPercent(p.next())
	p.arm()
}

// next returns the GOGC that lets the heap grow by the larger of
// p.percent percent of its live part and p.headroom.
func (p *pacer) next() int {
	p.sample[0].Name = liveMetric
	metrics.Read(p.sample[:])
	var live uint64
	if p.sample[0].Value.Kind() == metrics.KindUint64 {
		live = p.sample[0].Value.Uint64()
	}
	return Percent(p.percent, p.headroom, live)
}

// Percent is the GOGC that lets a heap of live bytes grow by the larger of
// percent percent and headroom bytes.
func Percent(percent int, headroom, live uint64) int {
	live = max(live, minLive)
	if h := headroom / (live / 100); h > uint64(percent) { // no overflow: live is at least 4 MB
		return int(min(h, 1<<30))
	}
	return percent
}

func (p *pacer) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.stopped {
		p.stopped = true
		debug.SetGCPercent(p.old)
	}
}

package main

import (
	"bytes"
	"runtime"
	"runtime/trace"
	"strings"
	"sync"
	"testing"
	"time"
)

// spin keeps its goroutine running, without blocking, for d.
func spin(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); {
	}
}

// alonePart runs by itself before the parallel part of traced.
func alonePart() { spin(40 * time.Millisecond) }

// traced returns the trace of a run that spins on one goroutine, then on
// two at once.
func traced(t *testing.T, every time.Duration) *profile {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	var buf bytes.Buffer
	if err := trace.Start(&buf); err != nil {
		t.Skip("a trace is running already:", err)
	}
	done := make(chan struct{})
	go func() { alonePart(); close(done) }()
	<-done
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { spin(80 * time.Millisecond) })
	}
	wg.Wait()
	trace.Stop()
	p, err := read(&buf, every)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRead(t *testing.T) {
	p := traced(t, 0)
	if len(p.running) < 3 || p.running[2] < 40*time.Millisecond || p.running[1] < 20*time.Millisecond {
		t.Fatalf("running = %v, want at least 40ms with two goroutines and 20ms with one", p.running)
	}
	if m := p.mean(); m <= 1 || m > 2 {
		t.Errorf("mean = %.2f, want between 1 and 2", m)
	}
	var out strings.Builder
	p.print(&out, 3)
	if !strings.Contains(out.String(), "alonePart") && !strings.Contains(out.String(), "traced.func") {
		t.Errorf("the goroutine that ran alone is not listed:\n%s", out.String())
	}
	var sum time.Duration
	for _, d := range p.running {
		sum += d
	}
	if sum != p.wall {
		t.Errorf("the running times add up to %v, the wall time is %v", sum, p.wall)
	}
}

func TestReadBadTrace(t *testing.T) {
	if _, err := read(strings.NewReader("not a trace"), 0); err == nil {
		t.Error("read accepted a file that is not a trace")
	}
}

// The slots cover the run, and together hold what the whole run holds:
// the goroutines running over time.
func TestSlots(t *testing.T) {
	const every = 10 * time.Millisecond
	p := traced(t, every)
	if want := int((p.wall + every - 1) / every); len(p.slots) != want {
		t.Fatalf("%d slots of %v for a run of %v, want %d", len(p.slots), every, p.wall, want)
	}
	var busy, want time.Duration
	for _, s := range p.slots {
		busy += s.busy
	}
	for n, d := range p.running {
		want += time.Duration(n) * d
	}
	if busy != want {
		t.Errorf("the slots hold %v of goroutines running, the run %v", busy, want)
	}
	var out strings.Builder
	p.printSlots(&out)
	if lines := strings.Count(out.String(), "\n"); lines != len(p.slots)+1 {
		t.Errorf("printSlots wrote %d lines for %d slots:\n%s", lines, len(p.slots), out.String())
	}
}

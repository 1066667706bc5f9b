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
func traced(t *testing.T) *profile {
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
	p, err := read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRead(t *testing.T) {
	p := traced(t)
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
	if _, err := read(strings.NewReader("not a trace")); err == nil {
		t.Error("read accepted a file that is not a trace")
	}
}

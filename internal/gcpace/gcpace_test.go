package gcpace

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		percent  int
		headroom uint64
		live     uint64
		want     int
	}{
		{200, 128 * mb, 0, 3200},        // before any collection: the runtime's 4 MB
		{200, 128 * mb, 1 * mb, 3200},   // never less than 4 MB
		{200, 128 * mb, 32 * mb, 400},   // the headroom is more than twice the live heap
		{200, 128 * mb, 64 * mb, 200},   // equal
		{200, 128 * mb, 1024 * mb, 200}, // a large heap: the multiple
		{200, 0, 8 * mb, 200},           // no headroom: plain GOGC
		{200, 1 << 62, 0, 1 << 30},      // capped
	} {
		if got := Percent(c.percent, c.headroom, c.live); got != c.want {
			t.Errorf("Percent(%d, %d, %d) = %d, want %d", c.percent, c.headroom, c.live, got, c.want)
		}
	}
}

// gogc reads GOGC.
func gogc() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestStartPacesAfterEachCollectionAndStopRestores(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	stop := Start(200, 1<<62) // a headroom no test heap reaches: the cap
	if got := gogc(); got != 1<<30 {
		t.Fatalf("GOGC after Start = %d, want %d", got, 1<<30)
	}
	// After a collection the finalizer sets the pace again: changed in
	// between, GOGC comes back to the pacer's.
	debug.SetGCPercent(300)
	deadline := time.Now().Add(10 * time.Second)
	for gogc() == 300 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := gogc(); got != 1<<30 {
		t.Fatalf("GOGC after a collection = %d, want the pacer's %d", got, 1<<30)
	}
	stop()
	if got := gogc(); got != 150 {
		t.Fatalf("GOGC after stop = %d, want 150 as before Start", got)
	}
	// Stopped, the pacer leaves GOGC alone.
	debug.SetGCPercent(120)
	for range 3 {
		runtime.GC()
	}
	time.Sleep(10 * time.Millisecond)
	if got := gogc(); got != 120 {
		t.Fatalf("GOGC after stop and collections = %d, want 120", got)
	}
	stop() // twice is harmless
	if got := gogc(); got != 120 {
		t.Fatalf("GOGC after a second stop = %d, want 120", got)
	}
}

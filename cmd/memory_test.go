package cmd

import (
	"runtime/debug"
	"testing"
)

// gcPercent sets GOGC and restores it, unless the environment sets GOGC.
func TestGCPercent(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)

	t.Setenv("GOGC", "")
	restore := gcPercent(200)
	if got := debug.SetGCPercent(200); got != 200 {
		t.Errorf("GOGC unset: percent %d, want 200", got)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("restored: percent %d, want 100", got)
	}

	t.Setenv("GOGC", "50")
	restore = gcPercent(200)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=50 in the environment: percent %d, want it left at 100", got)
	}
	restore()
}

// wholeMemory paces the collector by gcpace unless the environment sets
// GOGC, and restores GOGC when done.
func TestWholeMemory(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)

	t.Setenv("GOGC", "")
	restore := wholeMemory()
	got := debug.SetGCPercent(-1)
	debug.SetGCPercent(got)
	if got < 200 {
		t.Errorf("GOGC unset: percent %d, want at least 200", got)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("restored: percent %d, want 100", got)
	}

	t.Setenv("GOGC", "50")
	restore = wholeMemory()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=50 in the environment: percent %d, want it left at 100", got)
	}
	restore()
}

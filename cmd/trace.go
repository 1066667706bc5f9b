package cmd

import (
	"errors"
	"os"
	"runtime/trace"
)

// traceEnv names the environment variable that asks Main for an execution
// trace: where the run's goroutines ran, blocked and waited, for `go tool
// trace` and bench/parallelism, which measures how many cores a run keeps
// busy whatever else the machine runs.
const traceEnv = "TIMELINE_TRACE"

// startTrace starts a Go execution trace written to file, unless file is
// "", and returns the function that ends it and closes the file.
func startTrace(file string) (stop func(), err error) {
	if file == "" {
		return func() {}, nil
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := trace.Start(f); err != nil {
		return nil, errors.Join(err, f.Close())
	}
	return func() {
		trace.Stop()
		f.Close()
	}, nil
}

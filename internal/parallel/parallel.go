// Package parallel runs a function over a stream on several goroutines and
// hands the results on in input order (Ordered), and sorts on several
// goroutines (SortStableFunc, SortFunc).
package parallel

import "sync"

// Ordered calls f on every item next returns, on up to jobs goroutines at
// once, and calls emit with the results in the order of the items. At most
// 2*jobs items are in flight, so memory stays flat whatever the stream's
// length. next returns ok=false at the end of the stream. The first error
// from next or emit stops the run and is returned (items already started
// finish, their results are dropped). A panic in f is raised again in the
// caller's goroutine, where the caller can recover it.
func Ordered[T, R any](jobs int, next func() (T, bool, error), f func(T) R, emit func(R) error) error {
	if jobs < 1 {
		jobs = 1
	}
	if jobs == 1 {
		for {
			item, ok, err := next()
			if err != nil || !ok {
				return err
			}
			if err := emit(f(item)); err != nil {
				return err
			}
		}
	}
	type slot struct {
		item T
		out  chan R
	}
	window := 2 * jobs
	work := make(chan slot, window)
	order := make(chan chan R, window)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panicked any // the first panic of a worker, raised again in the caller
	call := func(item T) (r R) {
		defer func() {
			if p := recover(); p != nil {
				mu.Lock()
				if panicked == nil {
					panicked = p
				}
				mu.Unlock()
			}
		}()
		return f(item)
	}
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				s.out <- call(s.item)
			}
		}()
	}
	stop := make(chan struct{})
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		for {
			item, ok, err := next()
			if err != nil || !ok {
				readErr <- err
				return
			}
			out := make(chan R, 1)
			select {
			case order <- out:
			case <-stop:
				readErr <- nil
				return
			}
			work <- slot{item, out}
		}
	}()
	var emitErr error
	for out := range order {
		r := <-out
		mu.Lock()
		p := panicked
		mu.Unlock()
		if p != nil {
			if emitErr == nil {
				close(stop)
			}
			for out := range order { // let the reader and workers finish
				<-out
			}
			wg.Wait()
			panic(p)
		}
		if emitErr == nil {
			if emitErr = emit(r); emitErr != nil {
				close(stop)
			}
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return <-readErr
}

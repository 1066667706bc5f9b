package parallel

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func counter(n int) func() (int, bool, error) {
	i := 0
	return func() (int, bool, error) {
		if i == n {
			return 0, false, nil
		}
		i++
		return i, true, nil
	}
}

func TestOrderedKeepsOrder(t *testing.T) {
	for _, jobs := range []int{1, 2, 8} {
		var got []int
		err := Ordered(jobs, counter(500), func(i int) int {
			time.Sleep(time.Duration(i%7) * time.Microsecond * 50) // finish out of order
			return i * i
		}, func(r int) error { got = append(got, r); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 500 {
			t.Fatalf("jobs=%d: %d results", jobs, len(got))
		}
		for i, r := range got {
			if r != (i+1)*(i+1) {
				t.Fatalf("jobs=%d: result %d = %d, out of order", jobs, i, r)
			}
		}
	}
}

func TestOrderedStopsOnErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, jobs := range []int{1, 4} {
		n := 0
		err := Ordered(jobs, counter(1000), func(i int) int { return i }, func(r int) error {
			n++
			if r == 10 {
				return boom
			}
			return nil
		})
		if !errors.Is(err, boom) || n != 10 {
			t.Errorf("jobs=%d: err=%v after %d results", jobs, err, n)
		}
		i := 0
		err = Ordered(jobs, func() (int, bool, error) {
			i++
			if i == 5 {
				return 0, false, fmt.Errorf("read: %w", boom)
			}
			return i, true, nil
		}, func(i int) int { return i }, func(int) error { return nil })
		if !errors.Is(err, boom) {
			t.Errorf("jobs=%d: read error lost: %v", jobs, err)
		}
	}
}

func TestOrderedPanicReachesCaller(t *testing.T) {
	for _, jobs := range []int{1, 3} {
		func() {
			defer func() {
				if p := recover(); p != "boom" {
					t.Errorf("jobs=%d: recovered %v, want boom", jobs, p)
				}
			}()
			_ = Ordered(jobs, counter(100), func(i int) int {
				if i == 50 {
					panic("boom")
				}
				return i
			}, func(int) error { return nil })
			t.Errorf("jobs=%d: no panic", jobs)
		}()
	}
}

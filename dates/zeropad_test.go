package dates

import (
	"fmt"
	"testing"
)

// zeroPad writes what fmt's %0*d writes.
func TestZeroPad(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 1998, 9999, 10000, 123456, -1, -42, -2000} {
		for width := 1; width <= 5; width++ {
			want := fmt.Sprintf("x-%0*d", width, n)
			if got := string(zeroPad([]byte("x"), n, width, '-')); got != want {
				t.Errorf("zeroPad(%d, %d) = %q, want %q", n, width, got, want)
			}
		}
	}
}

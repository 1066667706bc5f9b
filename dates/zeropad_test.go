package dates

import (
	"fmt"
	"math"
	"testing"
)

// zeroPad writes what fmt's %0*d writes: every number from -10000 to 20000
// and some beyond, negative ones too, at every width up to six.
func TestZeroPad(t *testing.T) {
	numbers := []int{123456, -123456, math.MaxInt, -math.MaxInt}
	for n := -10000; n <= 20000; n++ {
		numbers = append(numbers, n)
	}
	for _, n := range numbers {
		for width := 0; width <= 6; width++ {
			want := fmt.Sprintf("x%0*d", width, n)
			if got := string(zeroPad([]byte("x"), n, width)); got != want {
				t.Fatalf("zeroPad(%d, %d) = %q, want %q", n, width, got, want)
			}
		}
	}
}

package swar

import "testing"

// Each test on eight bytes answers as a loop over them.
func FuzzSWAR(f *testing.F) {
	f.Add("Kerry me", byte('.'), byte('a'), byte('z'))
	f.Add("t Lavrov", byte(' '), byte('A'), byte('Z'))
	f.Add("a\tb\x00c.!?", byte(0x20), byte('0'), byte('9'))
	f.Add("\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", byte(0x7f), byte(0), byte(0x7f))
	f.Fuzz(func(t *testing.T, s string, c, lo, hi byte) {
		if len(s) < 8 {
			return
		}
		w := Load(s)
		ascii := true
		for i := range 8 {
			if byte(w>>(8*i)) != s[i] {
				t.Fatalf("Load(%q) = %#x", s, w)
			}
			ascii = ascii && s[i] < 0x80
		}
		if ASCII(w) != ascii {
			t.Fatalf("ASCII(%q) = %v", s[:8], !ascii)
		}
		if !ascii {
			return
		}
		c, lo, hi = c&0x7f, lo&0x7f, hi&0x7f
		if lo > hi {
			lo, hi = hi, lo
		}
		has, below := false, false
		var equal, between uint64
		for i := range 8 {
			b := s[i]
			has = has || b == c
			below = below || b < c
			if b == c {
				equal |= 0x80 << (8 * i)
			}
			if lo <= b && b <= hi {
				between |= 0x80 << (8 * i)
			}
		}
		if got := Has(w, c); got != has {
			t.Errorf("Has(%q, %q) = %v", s[:8], c, got)
		}
		if got := HasBelow(w, c); got != below {
			t.Errorf("HasBelow(%q, %q) = %v", s[:8], c, got)
		}
		if got := Equal(w, c); got != equal {
			t.Errorf("Equal(%q, %q) = %#x, want %#x", s[:8], c, got, equal)
		}
		if got := Between(w, lo, hi); got != between {
			t.Errorf("Between(%q, %q, %q) = %#x, want %#x", s[:8], lo, hi, got, between)
		}
	})
}

// lowerRunBytes is LowerRun a byte at a time.
func lowerRunBytes(s string) int {
	n := 0
	for n < 8 && 'a' <= s[n] && s[n] <= 'z' {
		n++
	}
	return n
}

// LowerRun answers as the byte loop for any eight bytes, beyond ASCII too:
// every byte value at every place, after a run of each length.
func TestLowerRun(t *testing.T) {
	for run := 0; run < 8; run++ {
		for c := range 256 {
			for _, rest := range []string{"abcdefgh", "\xff\xff\xff\xff\xff\xff\xff\xff", "@`{Zz0 \xe2"} {
				b := []byte("abcdefgh"[:run] + string(rune(0)) + rest)[:8]
				b[run] = byte(c)
				if got, want := LowerRun(Load(string(b))), lowerRunBytes(string(b)); got != want {
					t.Fatalf("LowerRun(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

// FuzzLowerRun checks LowerRun against the byte loop on any eight bytes.
func FuzzLowerRun(f *testing.F) {
	f.Add("kerry me")
	f.Add("abc\xe2\x80\x99@z")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 8 {
			return
		}
		if got, want := LowerRun(Load(s)), lowerRunBytes(s); got != want {
			t.Fatalf("LowerRun(%q) = %d, want %d", s[:8], got, want)
		}
	})
}

package ascii

import (
	"strings"
	"testing"
	"unicode"
)

func TestLower(t *testing.T) {
	for c := range 256 {
		want := strings.ToLower(string(rune(c)))
		if c >= 0x80 {
			want = string(rune(c)) // left as it is
		}
		if got := string(rune(Lower(byte(c)))); got != want {
			t.Errorf("Lower(%#x) = %q, want %q", c, got, want)
		}
		if c < 0x80 && LowerTable[c] != Lower(byte(c)) {
			t.Errorf("LowerTable[%#x] = %#x, Lower gives %#x", c, LowerTable[c], Lower(byte(c)))
		}
	}
}

func TestAppendLower(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		ok      bool
	}{
		{"Kerry MET Lavrov, 3 P.M.", "x:kerry met lavrov, 3 p.m.", true},
		{"", "x:", true},
		{"Café", "x:", false}, // not ASCII: b as it was
		{"AB\xff", "x:", false},
	} {
		b, ok := AppendLower([]byte("x:"), tc.s)
		if string(b) != tc.want || ok != tc.ok {
			t.Errorf("AppendLower(%q) = %q, %v; want %q, %v", tc.s, b, ok, tc.want, tc.ok)
		}
	}
}

func TestWord(t *testing.T) {
	for c := range 256 {
		want := c < 0x80 && strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", rune(c))
		if Word[c] != want {
			t.Errorf("Word[%#x] = %v, want %v", c, Word[c], want)
		}
	}
}

// IsWordRune takes letters, digits and nonspacing marks, ASCII or not.
func TestIsWordRune(t *testing.T) {
	for r := range rune(unicode.MaxRune + 1) {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := IsWordRune(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// Is answers as a byte-by-byte loop does, wherever in a string of any
// length the first byte beyond ASCII stands.
func TestIs(t *testing.T) {
	naive := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	}
	for n := range 20 {
		plain := strings.Repeat("a", n)
		if !Is(plain) {
			t.Errorf("Is(%q) = false", plain)
		}
		for at := range n {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				s := plain[:at] + string(c) + plain[at+1:]
				if got := Is(s); got != naive(s) || got {
					t.Errorf("Is(%q) = %v, want false", s, got)
				}
			}
		}
	}
}

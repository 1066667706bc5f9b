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

package ascii

import (
	"testing"
	"unsafe"
)

// LowerText, which works eight bytes at a time, agrees with lower-casing
// byte by byte: every byte value, at every offset and text length.
func TestLowerText(t *testing.T) {
	want := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			b[i] = Lower(c)
		}
		return string(b)
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	var room []byte
	for _, s := range []string{"", "a", "Z", "already lower case, 123", "Mixed Case Text É Ä", string(all), string(all[128:]) + string(all[:128])} {
		for i := 0; i <= len(s); i++ {
			for _, in := range []string{s[i:], s[:i]} {
				var got string
				if got, room = LowerText(room, in); got != want(in) {
					t.Fatalf("LowerText(%q) = %q, want %q", in, got, want(in))
				}
				if got == want(in) && got == in && in != "" && unsafe.StringData(got) != unsafe.StringData(in) {
					t.Fatalf("LowerText(%q) copied a text already in lower case", in)
				}
			}
		}
	}
}

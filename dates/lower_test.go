package dates

import "testing"

// asciiLower, which works eight bytes at a time, agrees with lower-casing
// byte by byte: every byte value, at every offset and text length.
func TestASCIILower(t *testing.T) {
	want := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, s := range []string{"", "a", "Z", "already lower case, 123", "Mixed Case Text É Ä", string(all), string(all[128:]) + string(all[:128])} {
		for i := 0; i <= len(s); i++ {
			for _, in := range []string{s[i:], s[:i]} {
				if got := asciiLower(in); got != want(in) {
					t.Fatalf("asciiLower(%q) = %q, want %q", in, got, want(in))
				}
			}
		}
	}
}

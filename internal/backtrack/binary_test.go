package backtrack

import (
	"reflect"
	"testing"
)

// TestBinaryRoundTrip loads the binary form of every test pattern back
// into a Prog equal to the compiled one, which matches its inputs alike.
func TestBinaryRoundTrip(t *testing.T) {
	var m Machine
	for _, c := range cases {
		p := MustCompile(c.pattern)
		b, err := p.AppendBinary([]byte("prefix"))
		if err != nil {
			t.Fatal(err)
		}
		var q Prog
		if err := q.UnmarshalBinary(b[len("prefix"):]); err != nil {
			t.Fatalf("%q: %v", c.pattern, err)
		}
		if !sameProg(p, &q) {
			t.Fatalf("%q: loaded program differs:\n%+v\n%+v", c.pattern, p, &q)
		}
		for _, in := range c.inputs {
			want, got := make([]int, p.NumCap()), make([]int, q.NumCap())
			m1, d1 := m.Match(p, in, want, 100000)
			m2, d2 := m.Match(&q, in, got, 100000)
			if m1 != m2 || d1 != d2 || !reflect.DeepEqual(want, got) {
				t.Fatalf("%q on %q: compiled %v %v %v, loaded %v %v %v", c.pattern, in, m1, d1, want, m2, d2, got)
			}
		}
	}
}

// TestBinaryBad rejects every cut of a binary form, and one with bytes
// after it, without a panic.
func TestBinaryBad(t *testing.T) {
	b, err := MustCompile(`(?:(?P<ap>about|almost)\s+)?(years?|é)`).AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(b) {
		var q Prog
		if q.UnmarshalBinary(b[:n]) == nil {
			t.Fatalf("a cut at %d of %d bytes loads", n, len(b))
		}
	}
	var q Prog
	if q.UnmarshalBinary(append(b, 0)) == nil {
		t.Fatal("a form with a byte after it loads")
	}
}

// FuzzUnmarshalBinary feeds UnmarshalBinary anything: it may refuse, but
// not panic or allocate beyond the input's size.
func FuzzUnmarshalBinary(f *testing.F) {
	for _, c := range cases[:8] {
		b, _ := MustCompile(c.pattern).AppendBinary(nil)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var q Prog
		_ = q.UnmarshalBinary(b)
	})
}

// sameProg reports whether p and q are equal, taking an empty array for
// none: AppendBinary does not keep the difference, which Match does not see.
func sameProg(p, q *Prog) bool {
	for _, x := range []*Prog{p, q} {
		if len(x.capSlots) == 0 {
			x.capSlots = nil
		}
		if len(x.arms) == 0 {
			x.arms = nil
		}
		if len(x.armMasks) == 0 {
			x.armMasks = nil
		}
	}
	return reflect.DeepEqual(p, q)
}

// BenchmarkUnmarshalBinary loads a program of a few hundred instructions,
// as a process loads its precompiled patterns.
func BenchmarkUnmarshalBinary(b *testing.B) {
	p := MustCompile(`(?:(?P<ap>about|almost|nearly|some|roughly)\s+)?(?:(the)\s+)?(?:(two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+)?(years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b`)
	data, err := p.AppendBinary(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var q Prog
		if err := q.UnmarshalBinary(data); err != nil {
			b.Fatal(err)
		}
	}
}
